import { z } from './zod'
import { isHexColour, parseHexColour, toHexColour } from './hex-colour'
import { normalizeEnvironmentUrl } from './catalogue'
import { isStorableText, storableText } from './text'

export const BUTTON_VARIANTS = ['FCboutons-10', 'FCboutons-11'] as const
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number]
export const DEFAULT_BUTTON_VARIANT: ButtonVariant = 'FCboutons-10'

export const DEFAULT_CONNECTION_TEXT =
  'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne'
export const CONNECTION_TEXT_MAX_LENGTH = 300

const CLIENT_ID_CHARSET = /^[A-Za-z0-9-]*$/
const ISSUED_CLIENT_ID = /^[0-9a-f]{64}$/

/** FranceConnect issues 64 lowercase hex characters today; older keys differ but still work. */
export function isIssuedClientIdFormat(clientId: string): boolean {
  return ISSUED_CLIENT_ID.test(clientId.trim())
}

const count = (value: unknown) => (typeof value === 'string' ? value.length : 0)

export const clientIdSchema = z.string().check(
  z.meta({
    description:
      'Identifiant client délivré par FranceConnect : 32 à 64 caractères parmi A-Z, a-z, 0-9 et « - » (64 caractères hexadécimaux pour les clés délivrées aujourd’hui), ou vide. Les espaces en tête et en fin sont ignorés.',
    pattern: '^$|^[A-Za-z0-9-]{32,64}$',
  }),
  z.trim(),
  z.refine((value) => CLIENT_ID_CHARSET.test(value), {
    error:
      'L’identifiant client ne peut contenir que des lettres sans accent, des chiffres et des tirets.',
  }),
  z.refine((value) => value === '' || (value.length >= 32 && value.length <= 64), {
    error: (issue) =>
      `L’identifiant client doit contenir entre 32 et 64 caractères (actuellement ${count(issue.input)}).`,
  }),
)

export const connectionTextSchema = z.string().check(
  z.meta({
    description:
      'Texte simple affiché avec le bouton (jamais interprété comme du HTML), sans caractère de contrôle (tabulation et retours à la ligne exceptés) ni moitié de paire UTF-16.',
    maxLength: CONNECTION_TEXT_MAX_LENGTH,
  }),
  z.trim(),
  storableText(
    'Le texte de connexion contient un caractère invisible ou invalide (caractère de contrôle, caractère incomplet) : retirez-le, par exemple en retapant le texte au lieu de le coller.',
  ),
  z.refine((value) => value.length <= CONNECTION_TEXT_MAX_LENGTH, {
    error: (issue) =>
      `Le texte de connexion ne peut pas dépasser ${CONNECTION_TEXT_MAX_LENGTH} caractères (actuellement ${count(issue.input)}).`,
  }),
)

function environmentUrlProblem(value: string): string | null {
  if (value === '') return null
  if (!isStorableText(value))
    return 'L’URL contient un caractère invisible ou invalide : retapez-la.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Saisissez une URL complète, par exemple https://app.franceconnect.gouv.fr.'
  }
  if (url.protocol !== 'https:') return 'L’URL doit commencer par https://.'
  if (url.username || url.password)
    return 'L’URL ne doit pas contenir d’identifiant ni de mot de passe.'
  if (url.search || url.hash) return 'L’URL ne doit contenir ni paramètre (?…) ni ancre (#…).'
  return null
}

export const environmentUrlSchema = z.string().check(
  z.meta({
    description:
      'URL du service FranceConnect de l’environnement de la clé, en https, sans paramètre ni ancre ; vide tant qu’aucun environnement n’est choisi.',
    examples: ['https://app.franceconnect.gouv.fr', 'https://fcp-low.integ01.dev-franceconnect.fr'],
    pattern: '^$|^https://',
  }),
  z.overwrite(normalizeEnvironmentUrl),
  z.superRefine((value, ctx) => {
    const message = environmentUrlProblem(value)
    if (message) ctx.addIssue({ code: 'custom', message, input: value })
  }),
)

export const clientSecretSchema = z.string().check(
  z.meta({
    description:
      'Secret client, en écriture seule : jamais renvoyé. Omettre la clé pour conserver le secret enregistré.',
    writeOnly: true,
  }),
  z.trim(),
  z.minLength(
    1,
    'Le secret client ne peut pas être vide : omettez-le pour conserver le secret enregistré.',
  ),
  z.maxLength(256, 'Le secret client ne peut pas dépasser 256 caractères.'),
  z.regex(/^\S*$/, 'Le secret client ne doit pas contenir d’espace.'),
  storableText(
    'Le secret client contient un caractère invisible ou invalide : copiez-le de nouveau depuis le SMS reçu.',
  ),
)

export const DEFAULT_PREVIEW_BACKGROUND = '#FFFFFF'

/** A background colour, `#RRGGBB` or `#RGB`, stored as `#RRGGBB` in upper case. */
export const hexColourSchema = z.string().check(
  z.meta({
    description:
      'Couleur de fond du portail, sur laquelle le choix du bouton a été fait : #RRGGBB (#RGB accepté en entrée).',
    pattern: '^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$',
    examples: ['#FFFFFF', '#000091'],
  }),
  z.trim(),
  z.refine(isHexColour, {
    error: 'Saisissez une couleur au format #RRGGBB ou #RGB, par exemple #F6F6F6.',
  }),
  z.overwrite((value) => {
    const rgb = parseHexColour(value)
    return rgb ? toHexColour(rgb) : value
  }),
)

/**
 * `GET /tenants/{tenantId}/france-connect`: the secret itself is never part of it.
 * A tolerant reader: unknown fields are dropped, fields added after 1.0 are optional.
 */
export const franceConnectSettingsSchema = z
  .object({
    enabled: z.boolean(),
    buttonVariant: z.enum(BUTTON_VARIANTS),
    connectionText: z.string(),
    clientId: z.string(),
    clientSecretConfigured: z.boolean(),
    environmentUrl: z.string(),
    // Added in 1.1: a backend of an earlier version leaves it out, which reads as null.
    previewBackground: z.optional(z.nullable(z.string().check(z.regex(/^#[0-9A-F]{6}$/)))).check(
      z.meta({
        default: null,
        description:
          'Ajouté en 1.1. Fond du portail retenu pour le choix du bouton ; absent (serveur d’une version antérieure) = null.',
      }),
    ),
    updatedAt: z.nullable(z.iso.datetime({ offset: true })),
    updatedBy: z.nullable(z.string()),
  })
  .check(
    z.meta({
      description: 'Réglages FranceConnect d’un espace. Le secret n’en fait jamais partie.',
    }),
  )
export type FranceConnectSettings = z.infer<typeof franceConnectSettingsSchema>

/** `PUT` body. `clientSecret` absent keeps the stored secret; `null` (since 1.2) erases it. */
export const settingsInputSchema = z
  .strictObject({
    enabled: z.boolean(),
    buttonVariant: z.enum(BUTTON_VARIANTS, 'Choisissez FCboutons-10 ou FCboutons-11.'),
    connectionText: connectionTextSchema,
    clientId: clientIdSchema,
    environmentUrl: environmentUrlSchema,
    clientSecret: z.optional(z.nullable(clientSecretSchema)).check(
      z.meta({
        writeOnly: true,
        description:
          'Secret client, en écriture seule : jamais renvoyé. Absent : le secret enregistré est conservé ; null (depuis 1.2) : il est effacé.',
      }),
    ),
    // Added in 1.1: absent keeps the stored value, so a client of 1.0 never erases it.
    previewBackground: z
      .optional(z.nullable(hexColourSchema))
      .check(
        z.meta({ description: 'Ajouté en 1.1. Absent : la valeur enregistrée est conservée.' }),
      ),
  })
  .check(
    z.meta({
      description:
        'Corps de PUT. clientSecret absent : le secret enregistré est conservé ; null (depuis 1.2) : il est effacé. Selon l’état enregistré : FranceConnect activé exige clientId, environmentUrl et un secret (fourni ou déjà enregistré) ; un clientId ou un environmentUrl différent de celui enregistré exige un nouveau clientSecret.',
    }),
  )
export type SettingsInput = z.output<typeof settingsInputSchema>
