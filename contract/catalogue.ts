import { z } from './zod'

export const environmentSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    label: z.string().check(z.minLength(1)),
    url: z.url({ protocol: /^https$/ }),
    version: z.string(),
    status: z.enum(['current', 'deprecated', 'retired']),
    description: z.string(),
    // Added in 1.4: where the connection test finds the OpenID Connect discovery document.
    issuer: z.optional(z.url({ protocol: /^https$/ })).check(
      z.meta({
        description:
          'Ajouté en 1.4. L’émetteur OpenID Connect de l’environnement, si son URL ne l’est pas ; absent : {url}/api/v2, puis {url}.',
      }),
    ),
  })
  .check(
    z.meta({
      description:
        'Un environnement FranceConnect. Un id contenant « production » désigne un environnement de production. Un environnement « retired » n’est proposé qu’aux espaces qui l’utilisent encore.',
    }),
  )
export const environmentCatalogueSchema = z.array(environmentSchema)

export type Environment = z.infer<typeof environmentSchema>

/**
 * Used when the backend publishes no catalogue. The first two are the procedure's own
 * presets, offered exactly as it writes them; the others are the hosts FranceConnect
 * runs today. (FranceConnect+ is left out: this tab configures the eIDAS 1 service.)
 */
export const BUILT_IN_ENVIRONMENTS: readonly Environment[] = [
  {
    id: 'production',
    label: 'Production',
    url: 'https://app.franceconnect.gouv.fr',
    version: 'v2',
    status: 'current',
    description: 'L’adresse indiquée par la procédure pour le portail ouvert aux usagers.',
    issuer: 'https://oidc.franceconnect.gouv.fr/api/v2',
  },
  {
    id: 'integration',
    label: 'Intégration',
    url: 'https://fcp-low.integ01.dev-franceconnect.fr',
    version: 'v2',
    status: 'deprecated',
    description:
      'L’adresse de recette indiquée par la procédure, pour une clé délivrée via demarches-simplifiees.fr. FranceConnect la remplace par le bac à sable.',
  },
  {
    id: 'v2-oidc',
    label: 'Plateforme v2 (oidc.franceconnect.gouv.fr)',
    url: 'https://oidc.franceconnect.gouv.fr/api/v2',
    version: 'v2',
    status: 'current',
    description:
      'L’émetteur OpenID Connect que FranceConnect publie pour la v2, si votre version d’Aiden l’attend.',
  },
  {
    id: 'v2-sandbox',
    label: 'Bac à sable v2',
    url: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
    version: 'v2',
    status: 'current',
    description: 'Pour tester, avec une clé obtenue sur le portail partenaires de FranceConnect.',
  },
  {
    id: 'v1-production',
    label: 'Plateforme v1 (arrêtée)',
    url: 'https://app.franceconnect.gouv.fr/api/v1',
    version: 'v1',
    status: 'retired',
    description: 'FranceConnect v1 a été arrêté en septembre 2025.',
  },
  {
    id: 'v1-recette',
    label: 'Recette v1 (arrêtée)',
    url: 'https://fcp.integ01.dev-franceconnect.fr/api/v1',
    version: 'v1',
    status: 'retired',
    description: 'La recette de FranceConnect v1, arrêtée avec elle.',
  },
]

export const isProductionEnvironment = (environment: Environment) =>
  environment.id.includes('production')

/** Compares URLs the way the settings store them (trimmed, no trailing slash). */
export function normalizeEnvironmentUrl(url: string): string {
  return url.trim().replace(/\/+$/, '')
}

export function findEnvironment(
  catalogue: readonly Environment[],
  url: string,
): Environment | undefined {
  const normalized = normalizeEnvironmentUrl(url)
  return catalogue.find((environment) => normalizeEnvironmentUrl(environment.url) === normalized)
}
