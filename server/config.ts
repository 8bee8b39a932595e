import { isIP } from 'node:net'
import { isAbsolute, resolve } from 'node:path'
import { DEFAULT_WORDING } from '#contract/onboarding'
import { DEFAULT_WAITING_DAYS } from '#contract/onboarding-steps'
import { isStorableText } from '#contract/text'
import { z } from '#contract/zod'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost'])

/** Whether an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host)
}

const flag = z.optional(z.enum(['0', '1', 'true', 'false']))
const isOn = (value: string | undefined) => value === '1' || value === 'true'

/** A name the recommended DataPass wording uses: one line of text, 1 to 100 characters. */
const wordingName = (name: string) =>
  z.string().check(
    z.trim(),
    z.refine((value) => value.length >= 1 && value.length <= 100 && isStorableText(value), {
      error: `${name} doit être un nom de 1 à 100 caractères, sans caractère invisible.`,
    }),
  )

const environmentSchema = z.object({
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535)), 8080),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), '.data'),
  DATABASE_URL: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^postgres(?:ql)?:\/\//,
          'DATABASE_URL doit commencer par postgres:// ou postgresql://',
        ),
      ),
  ),
  DATABASE_POOL_SIZE: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 10),
  SECRETS_KEY: z.optional(z.string()),
  SECRETS_KEY_FILE: z.optional(z.string()),
  SECRETS_PREVIOUS_KEYS: z.optional(z.string()),
  SECRETS_PREVIOUS_KEY_FILES: z.optional(z.string()),
  SEED_DEMO: flag,
  DEFAULT_TENANT: z._default(z.string().check(z.minLength(1)), 'portaildesaides'),
  DIST_DIR: z._default(z.string(), 'dist'),
  LOG_LEVEL: z._default(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    'info',
  ),
  TRUST_PROXY: z.optional(z.string()),
  OIDC_ISSUER: z.optional(z.string()),
  OIDC_CLIENT_ID: z.optional(z.string()),
  OIDC_CLIENT_SECRET: z.optional(z.string()),
  OIDC_SCOPES: z._default(z.string(), 'openid email profile'),
  OIDC_TENANTS_CLAIM: z._default(z.string().check(z.minLength(1)), 'fc_tenants'),
  OIDC_ACR_VALUES: z.optional(z.string()),
  OIDC_EMAILS_VERIFIED: flag,
  PUBLIC_URL: z.optional(z.string()),
  FRANCECONNECT_ALLOWED_HOSTS: z.optional(z.string()),
  SESSION_IDLE_MINUTES: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1440)), 30),
  SESSION_MAX_HOURS: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(168)), 12),
  ONBOARDING_EDITOR_NAME: z._default(
    wordingName('ONBOARDING_EDITOR_NAME'),
    DEFAULT_WORDING.editorName,
  ),
  ONBOARDING_SOLUTION_NAME: z._default(
    wordingName('ONBOARDING_SOLUTION_NAME'),
    DEFAULT_WORDING.solutionName,
  ),
  ONBOARDING_WAITING_DAYS: z._default(
    z
      .string()
      .check(
        z.regex(
          /^\s*[1-9][0-9]{0,3}\s*$/,
          'ONBOARDING_WAITING_DAYS doit être un nombre entier de jours, de 1 à 9999 (par exemple 10).',
        ),
      ),
    String(DEFAULT_WAITING_DAYS),
  ),
})

/** Administrators sign in with OpenID Connect (ProConnect, Keycloak…); tokens stay here. */
export interface OidcConfig {
  issuer: URL
  clientId: string
  clientSecret: string
  /** Where the browser reaches this server: the redirect URI is `{publicUrl}auth/callback`. */
  publicUrl: URL
  scopes: string
  tenantsClaim: string
  acrValues: string | null
  /** The provider releases verified addresses only, whether or not it says `email_verified`. */
  emailsVerified: boolean
}

/**
 * Which hops in front of the server may say who the client is (X-Forwarded-For, -Proto,
 * -Host): none, the last N of them, or those at these addresses. Never "every hop": the first
 * would be whoever sent the request, and could name any address (the sign-in limit is per
 * address).
 */
export type TrustProxy = false | number | string[]

export interface SessionPolicy {
  idleMinutes: number
  maxHours: number
}

/** What the onboarding (1.6) says beyond what was typed: the wording's names, the wait allowed. */
export interface OnboardingPolicy {
  editorName: string
  solutionName: string
  /** Days a request may wait in « soumise » or « en instruction » before the overview flags it. */
  waitingDays: number
}

export type Storage =
  { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number }

export interface KeySources {
  /** base64, from SECRETS_KEY */
  key?: string
  keyFile?: string
  previousKeys: string[]
  previousKeyFiles: string[]
}

export interface ServerConfig {
  host: string
  port: number
  storage: Storage
  /** DATA_DIR, absolute: the embedded database, its lock and the generated key live there. */
  dataDir: string
  keys: KeySources
  /** `true`/`false` when SEED_DEMO says so; `undefined`: seed a newly created embedded database. */
  seedDemo: boolean | undefined
  defaultTenant: string
  distDir: string
  logLevel: string
  trustProxy: TrustProxy
  /** null: the local mode, without sign-in, only on a loopback address. */
  oidc: OidcConfig | null
  sessions: SessionPolicy
  /** Hosts beyond the catalogue the connection test may reach (`host` or `host:port`). */
  franceConnectAllowedHosts: string[]
  onboarding: OnboardingPolicy
}

/** A configuration the server cannot start with; its message is for the operator, in French. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

const absolute = (path: string, cwd: string) => (isAbsolute(path) ? path : resolve(cwd, path))

/** Reads the server's settings from the environment; every problem is named, in French. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
  { requireSecretsKey = true } = {},
): ServerConfig {
  const parsed = environmentSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')} : ${issue.message}`)
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`)
  }
  const values = parsed.data
  const dataDir = absolute(values.DATA_DIR, cwd)
  const storage: Storage = values.DATABASE_URL
    ? { kind: 'postgres', url: values.DATABASE_URL, poolSize: values.DATABASE_POOL_SIZE }
    : { kind: 'embedded', dataDir }
  if (values.SECRETS_KEY && values.SECRETS_KEY_FILE) {
    throw new ConfigError('Indiquez SECRETS_KEY ou SECRETS_KEY_FILE, pas les deux.')
  }
  if (
    requireSecretsKey &&
    storage.kind === 'postgres' &&
    !values.SECRETS_KEY &&
    !values.SECRETS_KEY_FILE
  ) {
    throw new ConfigError(
      'DATABASE_URL est défini mais aucune clé de chiffrement des secrets ne l’est : indiquez ' +
        'SECRETS_KEY (32 octets en base64, par exemple « openssl rand -base64 32 ») ou ' +
        'SECRETS_KEY_FILE. Tous les serveurs qui partagent la base doivent avoir la même clé.',
    )
  }
  return {
    host: values.HOST,
    port: values.PORT,
    storage,
    dataDir,
    keys: {
      ...(values.SECRETS_KEY ? { key: values.SECRETS_KEY } : {}),
      ...(values.SECRETS_KEY_FILE ? { keyFile: absolute(values.SECRETS_KEY_FILE, cwd) } : {}),
      previousKeys: list(values.SECRETS_PREVIOUS_KEYS),
      previousKeyFiles: list(values.SECRETS_PREVIOUS_KEY_FILES).map((file) => absolute(file, cwd)),
    },
    seedDemo: values.SEED_DEMO === undefined ? undefined : isOn(values.SEED_DEMO),
    defaultTenant: values.DEFAULT_TENANT,
    distDir: absolute(values.DIST_DIR, cwd),
    logLevel: values.LOG_LEVEL,
    trustProxy: trustProxyOf(values.TRUST_PROXY),
    oidc: oidcConfig(values, values.HOST),
    sessions: { idleMinutes: values.SESSION_IDLE_MINUTES, maxHours: values.SESSION_MAX_HOURS },
    franceConnectAllowedHosts: list(values.FRANCECONNECT_ALLOWED_HOSTS),
    onboarding: {
      editorName: values.ONBOARDING_EDITOR_NAME,
      solutionName: values.ONBOARDING_SOLUTION_NAME,
      waitingDays: Number(values.ONBOARDING_WAITING_DAYS.trim()),
    },
  }
}

/** Names proxy-addr (Fastify's) gives to address ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isAddressOrRange(item: string): boolean {
  if (PROXY_RANGES.has(item)) return true
  const [address = '', prefix, ...rest] = item.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  const bits = Number(prefix)
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128)
}

function trustProxyOf(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim()
  if (text === '' || text === '0' || text === 'false') return false
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    if (hops <= 10) return hops
  }
  if (text === 'true') {
    throw new ConfigError(
      'TRUST_PROXY=true ferait confiance à tout intermédiaire, y compris le client lui-même, ' +
        'qui pourrait alors se donner n’importe quelle adresse. Indiquez le nombre de relais ' +
        'devant le serveur (TRUST_PROXY=1 pour un seul proxy) ou leurs adresses ' +
        '(TRUST_PROXY=10.0.0.5,10.0.1.0/24).',
    )
  }
  const items = list(text)
  const wrong = items.filter((item) => !isAddressOrRange(item))
  if (wrong.length > 0 || items.length === 0) {
    throw new ConfigError(
      `TRUST_PROXY invalide (« ${text} ») : indiquez le nombre de relais devant le serveur ` +
        '(de 1 à 10), ou les adresses de ces relais séparées par des virgules (adresses IP, ' +
        'plages comme 10.0.0.0/8, ou loopback, linklocal, uniquelocal).',
    )
  }
  return items
}

function httpsUrl(name: string, value: string, host: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`${name} n’est pas une URL complète : « ${value} ».`)
  }
  const local = isLoopback(url.hostname.replace(/^\[|\]$/g, '')) && isLoopback(host)
  if (url.protocol !== 'https:' && !(name === 'PUBLIC_URL' && local)) {
    throw new ConfigError(
      `${name} doit être en https (${value}) : ${
        name === 'OIDC_ISSUER'
          ? 'le fournisseur d’identité n’est joint qu’en TLS vérifié.'
          : 'les cookies de session sont « Secure » (seule une adresse locale peut être en http).'
      }`,
    )
  }
  return url
}

function oidcConfig(values: z.infer<typeof environmentSchema>, host: string): OidcConfig | null {
  const given = {
    OIDC_ISSUER: values.OIDC_ISSUER,
    OIDC_CLIENT_ID: values.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: values.OIDC_CLIENT_SECRET,
    PUBLIC_URL: values.PUBLIC_URL,
  }
  const missing = Object.entries(given).filter(([, value]) => !value)
  if (missing.length === 4) return null
  if (missing.length > 0) {
    throw new ConfigError(
      `Connexion des administrateurs incomplète : il manque ${missing.map(([name]) => name).join(', ')} ` +
        '(OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET et PUBLIC_URL vont ensemble).',
    )
  }
  const publicUrl = httpsUrl('PUBLIC_URL', given.PUBLIC_URL ?? '', host)
  if (!publicUrl.pathname.endsWith('/')) publicUrl.pathname += '/'
  return {
    issuer: httpsUrl('OIDC_ISSUER', given.OIDC_ISSUER ?? '', host),
    clientId: given.OIDC_CLIENT_ID ?? '',
    clientSecret: given.OIDC_CLIENT_SECRET ?? '',
    publicUrl,
    scopes: values.OIDC_SCOPES,
    tenantsClaim: values.OIDC_TENANTS_CLAIM,
    acrValues: values.OIDC_ACR_VALUES ?? null,
    emailsVerified: isOn(values.OIDC_EMAILS_VERIFIED),
  }
}

/**
 * Without administrator sign-in (the local mode), whoever reaches the server may change every
 * tenant: it then only listens where nobody else can reach it.
 */
export function assertSafeToListen(config: Pick<ServerConfig, 'host' | 'oidc' | 'trustProxy'>) {
  if (config.oidc === null && config.trustProxy !== false) {
    throw new ConfigError(
      'Le mode local (sans connexion des administrateurs) ne fonctionne pas derrière un proxy : ' +
        'il ne répond qu’aux requêtes adressées à 127.0.0.1, localhost ou [::1], et un proxy ' +
        'lui transmettrait celles de tout le monde. Retirez TRUST_PROXY, ou configurez ' +
        'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET et PUBLIC_URL (voir le README).',
    )
  }
  if (config.oidc === null && !isLoopback(config.host)) {
    throw new ConfigError(
      `Le serveur refuse d’écouter sur ${config.host} sans connexion des administrateurs : ` +
        'quiconque l’atteindrait pourrait modifier les réglages de tous les espaces. Configurez ' +
        'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET et PUBLIC_URL (voir le README), ou ' +
        'utilisez HOST=127.0.0.1 (ou ::1) et, pour un accès distant, un tunnel SSH.',
    )
  }
}
