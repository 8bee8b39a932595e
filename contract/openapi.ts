import { problemDetailsSchema } from './problem-details'
import { z } from './zod'
import { environmentCatalogueSchema, environmentSchema } from './catalogue'
import { franceConnectSettingsSchema, settingsInputSchema } from './settings'
import { tenantSchema } from './tenant'
import { sessionSchema } from './session'
import { connectionTestSchema } from './connection-test'
import { HISTORY_PAGE_SIZE_MAX, historyEntrySchema, historyPageSchema } from './history'
import { onboardingInputSchema, onboardingSchema } from './onboarding'
import {
  CSV_COLUMNS,
  ENVIRONMENT_NONE,
  OVERVIEW_PAGE_SIZE_MAX,
  OVERVIEW_SORTS,
  TO_HANDLE_REASONS,
  tenantSummarySchema,
  tenantsPageSchema,
} from './tenants-overview'

type JsonSchema = Record<string, unknown>

/** Additive only: see the document's description. */
export const CONTRACT_VERSION = '1.6.0'

/**
 * A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12, without `$schema`), as
 * its reader accepts it (`input`): response objects stay open to fields added later.
 */
function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return rest
}

const json = (ref: string) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${ref}` } },
})
const problem = (description: string, ref = 'Problem') => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${ref}` } } },
})

/**
 * The REST contract, generated from the zod schemas the app, the client and the mock
 * API use. `npm run openapi` writes it to public/openapi.json; a test keeps both equal.
 */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Réglages FranceConnect',
      version: CONTRACT_VERSION,
      description:
        'API que l’onglet « Intégration FranceConnect » attend de son backend. Toutes les erreurs sont des « problem details » (RFC 9457). Si le backend est sur une autre origine, il expose l’en-tête ETag (Access-Control-Expose-Headers) et accepte If-Match.\n\nÉvolution : le contrat ne fait que s’enrichir. Un champ ajouté après la version 1.0 est facultatif dans les réponses, avec une valeur par défaut documentée, et facultatif dans les requêtes (absent : la valeur enregistrée est conservée) ; un client ignore les champs qu’il ne connaît pas, et une ressource ajoutée peut manquer (404). Un changement incompatible prendrait un nouveau chemin ou un nouveau type de média, jamais la place de l’ancien. 1.0 : réglages (GET, PUT). 1.1 : espace, catalogue des environnements, previewBackground. 1.2 : journal des modifications (history), clientSecret null pour effacer le secret. 1.3 : session (qui est connecté), 401 avec signInUrl, 403 par espace. 1.4 : test de connexion à FranceConnect, émetteur des environnements (issuer), entrées connection-tested du journal. 1.5 : vue d’ensemble des espaces (GET /tenants, JSON ou CSV), valeurs de chaque version dans le journal (values). 1.5.1 : un texte qui contient un caractère de contrôle (tabulation et retours à la ligne exceptés) ou une moitié de paire UTF-16 est refusé (422 sur le champ). 1.6 : mise en service d’un espace (onboarding : les états saisis de la procédure FranceConnect, datés et signés, et les étapes que le serveur déduit de ses réglages et de son journal), entrées onboarding-saved du journal, étape de chaque espace dans la vue d’ensemble (onboarding, filtre step, raison onboarding-waiting, colonne « Mise en service » du CSV).',
    },
    servers: [
      {
        url: '{apiBaseUrl}',
        description: 'La valeur apiBaseUrl du config.json de l’application.',
        variables: { apiBaseUrl: { default: '/api' } },
      },
    ],
    paths: {
      '/session': {
        get: {
          operationId: 'getSession',
          summary: 'Savoir qui est connecté, et où se connecter ou se déconnecter',
          description:
            'Ajouté en 1.3. Répond aussi à qui n’est pas connecté (user: null). Un backend sans cette ressource répond 404.',
          responses: {
            '200': { description: 'La session.', content: json('Session') },
            '404': problem('Ressource absente (backend antérieur à 1.3).'),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/tenants': {
        get: {
          operationId: 'listTenants',
          summary: 'Vue d’ensemble des espaces que la personne a le droit de voir',
          description: `Ajouté en 1.5. Filtré, trié et paginé par le serveur ; seuls les espaces sur lesquels la personne a un droit y figurent. Avec Accept: text/csv, la liste filtrée entière en CSV (UTF-8 avec BOM, « ; » entre les champs, CRLF ; colonnes : ${CSV_COLUMNS.map(([, header]) => header).join(', ')}). Le secret n’y figure jamais, seulement s’il est enregistré. « À traiter » : ${TO_HANDLE_REASONS.join(', ')} (d’autres raisons pourront s’ajouter). Un backend sans cette ressource répond 404 : l’onglet ouvre alors directement l’espace par défaut.`,
          parameters: [
            {
              name: 'page',
              in: 'query',
              description: 'Numéro de page, à partir de 1.',
              schema: { type: 'integer', minimum: 1, default: 1 },
            },
            {
              name: 'pageSize',
              in: 'query',
              description: `Espaces par page (${OVERVIEW_PAGE_SIZE_MAX} au plus).`,
              schema: { type: 'integer', minimum: 1, maximum: OVERVIEW_PAGE_SIZE_MAX, default: 20 },
            },
            {
              name: 'q',
              in: 'query',
              description:
                'Texte cherché dans l’identifiant et le nom, sans tenir compte de la casse ni des accents.',
              schema: { type: 'string', maxLength: 100 },
            },
            {
              name: 'enabled',
              in: 'query',
              description: 'FranceConnect activé (true) ou non (false).',
              schema: { type: 'string', enum: ['true', 'false'] },
            },
            {
              name: 'environment',
              in: 'query',
              description: `URL d’un environnement, ou « ${ENVIRONMENT_NONE} » pour les espaces sans environnement.`,
              schema: { type: 'string', maxLength: 300 },
            },
            {
              name: 'toHandle',
              in: 'query',
              description:
                'Seulement les espaces à traiter (true) ou seulement les autres (false).',
              schema: { type: 'string', enum: ['true', 'false'] },
            },
            {
              name: 'step',
              in: 'query',
              description:
                'Ajouté en 1.6. Seulement les espaces dont la mise en service en est à cette étape (1 à 6).',
              schema: { type: 'integer', minimum: 1, maximum: 6 },
            },
            {
              name: 'sort',
              in: 'query',
              schema: { type: 'string', enum: [...OVERVIEW_SORTS], default: 'name' },
            },
            {
              name: 'order',
              in: 'query',
              schema: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
            },
          ],
          responses: {
            '200': {
              description:
                'Une page de la vue d’ensemble, ou (Accept: text/csv) toute la liste filtrée.',
              content: {
                ...json('TenantsPage'),
                'text/csv': { schema: { type: 'string' } },
              },
            },
            '400': problem('Paramètres invalides.', 'ValidationProblem'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '404': problem('Ressource absente (backend antérieur à 1.5).'),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/tenants/{tenantId}': {
        parameters: [{ $ref: '#/components/parameters/TenantId' }],
        get: {
          operationId: 'getTenant',
          summary: 'Lire l’identité d’un espace et l’adresse de son portail',
          responses: {
            '200': { description: 'L’espace.', content: json('Tenant') },
            '404': problem('Espace inconnu.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou écriture d’une autre origine.',
            ),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/france-connect/environments': {
        get: {
          operationId: 'listFranceConnectEnvironments',
          summary: 'Lister les environnements FranceConnect proposés',
          description:
            'Permet d’ajouter un hôte FranceConnect sans nouvelle version de l’application. Sans catalogue (404 ou liste vide), l’onglet utilise sa liste intégrée.',
          responses: {
            '200': { description: 'Le catalogue.', content: json('EnvironmentCatalogue') },
            '404': problem('Aucun catalogue publié.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou écriture d’une autre origine.',
            ),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/tenants/{tenantId}/france-connect': {
        parameters: [{ $ref: '#/components/parameters/TenantId' }],
        get: {
          operationId: 'getFranceConnectSettings',
          summary: 'Lire les réglages FranceConnect d’un espace',
          responses: {
            '200': {
              description: 'Les réglages, sans le secret, et leur version.',
              headers: { ETag: { $ref: '#/components/headers/ETag' } },
              content: json('FranceConnectSettings'),
            },
            '404': problem('Espace inconnu.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou écriture d’une autre origine.',
            ),
            default: problem('Toute autre erreur.'),
          },
        },
        put: {
          operationId: 'putFranceConnectSettings',
          summary: 'Enregistrer les réglages FranceConnect d’un espace',
          parameters: [
            {
              name: 'If-Match',
              in: 'header',
              required: true,
              description:
                'L’ETag de la version lue, pour refuser l’écrasement d’une modification concurrente.',
              schema: { type: 'string' },
            },
          ],
          requestBody: { required: true, content: json('FranceConnectSettingsInput') },
          responses: {
            '200': {
              description: 'Les réglages enregistrés, sans le secret, et leur nouvelle version.',
              headers: { ETag: { $ref: '#/components/headers/ETag' } },
              content: json('FranceConnectSettings'),
            },
            '404': problem('Espace inconnu.'),
            '412': problem(
              'L’ETag ne correspond plus : les réglages ont été modifiés entre-temps.',
            ),
            '422': problem(
              'Valeurs refusées ; chaque erreur désigne son champ.',
              'ValidationProblem',
            ),
            '428': problem('En-tête If-Match manquant.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou écriture d’une autre origine.',
            ),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/tenants/{tenantId}/france-connect/connection-test': {
        parameters: [{ $ref: '#/components/parameters/TenantId' }],
        get: {
          operationId: 'getLastFranceConnectConnectionTest',
          summary: 'Lire le dernier test de connexion à FranceConnect de l’espace',
          description: 'Ajouté en 1.4. lastTest vaut null tant qu’aucun test n’a été fait.',
          responses: {
            '200': {
              description: 'Le dernier test, ou null.',
              content: json('LastConnectionTest'),
            },
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem('Pas de droit sur cet espace (même réponse qu’il existe ou non).'),
            '404': problem('Espace inconnu, ou backend sans test de connexion.'),
            default: problem('Toute autre erreur.'),
          },
        },
        post: {
          operationId: 'testFranceConnectConnection',
          summary: 'Tester la connexion à FranceConnect avec les réglages enregistrés',
          description:
            'Ajouté en 1.4. Sans corps : le serveur teste les réglages enregistrés (jamais une URL venue du navigateur) et répond le résultat de chaque contrôle. Le secret n’est envoyé qu’au point de jeton de l’environnement enregistré, et ne figure jamais dans la réponse.',
          responses: {
            '200': { description: 'Le résultat du test.', content: json('ConnectionTest') },
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou requête d’une autre origine.',
            ),
            '404': problem('Espace inconnu, ou backend sans test de connexion.'),
            '409': problem('Un test de cet espace est déjà en cours.'),
            '429': problem('Trop de tests en peu de temps.'),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/tenants/{tenantId}/france-connect/onboarding': {
        parameters: [{ $ref: '#/components/parameters/TenantId' }],
        get: {
          operationId: 'getFranceConnectOnboarding',
          summary: 'Lire où en est la mise en service de FranceConnect d’un espace',
          description:
            'Ajouté en 1.6. Ce que la personne a saisi (demande DataPass, bac à sable, dossier de mise en production), la date et l’auteur de chaque état, et les étapes que le serveur déduit de ses réglages et de son journal (milestones). Rien de saisi : les états initiaux, sans date. Sa version (ETag) est distincte de celle des réglages. Un backend antérieur à 1.6 répond 404.',
          responses: {
            '200': {
              description: 'La mise en service et sa version.',
              headers: { ETag: { $ref: '#/components/headers/OnboardingETag' } },
              content: json('Onboarding'),
            },
            '404': problem('Espace inconnu, ou backend antérieur à 1.6.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem('Pas de droit sur cet espace (même réponse qu’il existe ou non).'),
            default: problem('Toute autre erreur.'),
          },
        },
        put: {
          operationId: 'putFranceConnectOnboarding',
          summary: 'Enregistrer ce qui a été saisi de la mise en service d’un espace',
          description:
            'Ajouté en 1.6. Mêmes droits que les réglages. Chaque état qui change est daté et signé par le serveur ; l’enregistrement entre au journal (onboarding-saved, champs section.champ, avant → après). Un enregistrement qui ne change rien garde la version et n’écrit rien au journal.',
          parameters: [
            {
              name: 'If-Match',
              in: 'header',
              required: true,
              description:
                'L’ETag de la mise en service lue, pour refuser l’écrasement d’une modification concurrente.',
              schema: { type: 'string' },
            },
          ],
          requestBody: { required: true, content: json('OnboardingInput') },
          responses: {
            '200': {
              description: 'La mise en service enregistrée et sa nouvelle version.',
              headers: { ETag: { $ref: '#/components/headers/OnboardingETag' } },
              content: json('Onboarding'),
            },
            '404': problem('Espace inconnu, ou backend antérieur à 1.6.'),
            '412': problem(
              'L’ETag ne correspond plus : la mise en service a été modifiée entre-temps.',
            ),
            '422': problem(
              'Valeurs refusées ; chaque erreur désigne son champ (/datapass/siret…).',
              'ValidationProblem',
            ),
            '428': problem('En-tête If-Match manquant.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou écriture d’une autre origine.',
            ),
            default: problem('Toute autre erreur.'),
          },
        },
      },
      '/tenants/{tenantId}/france-connect/history': {
        parameters: [{ $ref: '#/components/parameters/TenantId' }],
        get: {
          operationId: 'listFranceConnectSettingsHistory',
          summary: 'Lire le journal des modifications des réglages d’un espace',
          description:
            'Ajouté en 1.2. Les modifications acceptées, de la plus récente à la plus ancienne : quand, par qui, et chaque champ avant → après. Du secret, seulement « set », « replaced » ou « removed ». Un backend sans journal répond 404.',
          parameters: [
            {
              name: 'page',
              in: 'query',
              description: 'Numéro de page, à partir de 1.',
              schema: { type: 'integer', minimum: 1, default: 1 },
            },
            {
              name: 'pageSize',
              in: 'query',
              description: `Entrées par page (${HISTORY_PAGE_SIZE_MAX} au plus).`,
              schema: { type: 'integer', minimum: 1, maximum: HISTORY_PAGE_SIZE_MAX, default: 20 },
            },
          ],
          responses: {
            '200': { description: 'Une page du journal.', content: json('HistoryPage') },
            '400': problem('Paramètres de pagination invalides.', 'ValidationProblem'),
            '404': problem('Espace inconnu, ou backend sans journal.'),
            '401': problem('Session absente ou expirée ; signInUrl dit où se reconnecter.'),
            '403': problem(
              'Pas de droit sur cet espace (même réponse qu’il existe ou non), ou écriture d’une autre origine.',
            ),
            default: problem('Toute autre erreur.'),
          },
        },
      },
    },
    components: {
      parameters: {
        TenantId: {
          name: 'tenantId',
          in: 'path',
          required: true,
          description: 'Identifiant de l’espace (tenant), par exemple « portaildesaides ».',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: {
          description: 'Version des réglages, à renvoyer dans If-Match.',
          schema: { type: 'string' },
        },
        OnboardingETag: {
          description:
            'Version de la mise en service (1.6), à renvoyer dans If-Match ; jamais égale à une version des réglages.',
          schema: { type: 'string' },
        },
      },
      schemas: {
        FranceConnectSettings: schemaOf(franceConnectSettingsSchema, 'input'),
        FranceConnectSettingsInput: schemaOf(settingsInputSchema, 'input'),
        Tenant: schemaOf(tenantSchema, 'input'),
        Onboarding: schemaOf(onboardingSchema, 'input'),
        OnboardingInput: schemaOf(onboardingInputSchema, 'input'),
        Environment: schemaOf(environmentSchema, 'input'),
        EnvironmentCatalogue: {
          ...schemaOf(environmentCatalogueSchema, 'input'),
          items: { $ref: '#/components/schemas/Environment' },
        },
        HistoryEntry: schemaOf(historyEntrySchema, 'input'),
        HistoryPage: {
          ...schemaOf(historyPageSchema, 'input'),
          properties: {
            ...(schemaOf(historyPageSchema, 'input').properties as JsonSchema),
            items: { type: 'array', items: { $ref: '#/components/schemas/HistoryEntry' } },
          },
        },
        TenantSummary: schemaOf(tenantSummarySchema, 'input'),
        TenantsPage: {
          ...schemaOf(tenantsPageSchema, 'input'),
          properties: {
            ...(schemaOf(tenantsPageSchema, 'input').properties as JsonSchema),
            items: { type: 'array', items: { $ref: '#/components/schemas/TenantSummary' } },
          },
        },
        Session: schemaOf(sessionSchema, 'input'),
        ConnectionTest: schemaOf(connectionTestSchema, 'input'),
        LastConnectionTest: {
          type: 'object',
          properties: {
            lastTest: {
              anyOf: [{ $ref: '#/components/schemas/ConnectionTest' }, { type: 'null' }],
            },
          },
          required: ['lastTest'],
        },
        Problem: schemaOf(problemDetailsSchema, 'input'),
        ValidationProblem: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              required: ['errors'],
              description:
                'Chaque `pointer` (RFC 6901) désigne un champ du corps, par exemple « /clientId ».',
            },
          ],
        },
      },
    },
  }
}
