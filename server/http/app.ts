import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { problem } from '#contract/problem-details'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { contentSecurityPolicy } from '#contract/content-security-policy'
import { startSessionPurge } from '../auth/session-purge'
import { DEFAULT_WORDING } from '#contract/onboarding'
import { DEFAULT_WAITING_DAYS } from '#contract/onboarding-steps'
import type { OnboardingPolicy, SessionPolicy, TrustProxy } from '../config'
import type { Database } from '../db/database'
import { probePolicy, type ProbePolicy } from '../franceconnect/probe-policy'
import type { Keyring } from '../secrets/keyring'
import { apiPlugin } from './api/api-plugin'
import { installRequestGuards, type AuthMode, type GuardOptions } from './auth-guard'
import { authRoutes } from './auth-routes'
import { frameRoutes } from './frame-routes'
import { healthRoutes } from './health-routes'
import { installProblemHandlers, sendProblem } from './problem-replies'
import type { StaticFiles } from './static-files'

export const BODY_LIMIT_BYTES = 64 * 1024

export interface AppOptions {
  db: Database
  keyring: Keyring
  logger: FastifyBaseLogger
  files: StaticFiles
  defaultTenant: string
  /** Which proxies in front may say who the client is (X-Forwarded-*); none by default. */
  trustProxy?: TrustProxy
  clock?: () => Date
  /** Local mode (no sign-in, loopback only) or OpenID Connect sign-in. */
  auth?: AuthMode
  sessionPolicy?: SessionPolicy
  /** Which FranceConnect hosts the connection test may reach (the catalogue's by default). */
  probePolicy?: ProbePolicy
  /** How often expired sessions and sign-ins are deleted (each instance does it). */
  purgeEveryMs?: number
  /** The onboarding's wording names and waiting time (the procedure's own by default). */
  onboarding?: OnboardingPolicy
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

/** Served in https (PUBLIC_URL says so): browsers are told to never use http here again. */
const HSTS = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }

/** Fastify takes a hop count as a function: the last `hops` hops, counted from the server. */
const trustedHops = (trust: TrustProxy) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust

/** The reference server: the built tab, its configuration, and the REST contract under /api. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const mode = options.auth ?? { kind: 'local' }
  const headers = {
    ...SECURITY_HEADERS,
    ...(mode.kind === 'oidc' && mode.publicUrl.protocol === 'https:' ? HSTS : {}),
  }
  const app: FastifyInstance = Fastify({
    loggerInstance: options.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustedHops(options.trustProxy ?? false),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // A target the router cannot read (`/%ff`): a problem like any other, with the same headers.
    frameworkErrors: (error, request, reply) => {
      request.log.info({ code: error.code }, 'requête refusée')
      reply.headers({ ...headers, 'X-Request-Id': request.id })
      void sendProblem(
        reply,
        problem(400, 'Adresse illisible', {
          detail: 'L’adresse demandée contient un encodage invalide.',
        }),
      )
    },
  })
  // JSON only: a form post or plain text never reaches a route.
  app.removeContentTypeParser('text/plain')
  installProblemHandlers(app)
  // Limits are set per route (sign-in, callback, writes), counted per process.
  await app.register(rateLimit, { global: false })
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers)
    reply.header('X-Request-Id', request.id)
    return payload
  })
  const clock = options.clock ?? (() => new Date())
  const guard: GuardOptions = {
    mode,
    sessions: {
      db: options.db,
      keyring: options.keyring,
      clock,
      policy: options.sessionPolicy ?? { idleMinutes: 30, maxHours: 12 },
    },
  }
  installRequestGuards(app, guard)
  await app.register(apiPlugin, {
    prefix: '/api',
    db: options.db,
    keyring: options.keyring,
    clock,
    guard,
    probePolicy: options.probePolicy ?? probePolicy(BUILT_IN_ENVIRONMENTS, []),
    onboarding: options.onboarding ?? { ...DEFAULT_WORDING, waitingDays: DEFAULT_WAITING_DAYS },
  })
  authRoutes(app, guard)
  healthRoutes(app, { db: options.db })
  frameRoutes(app, { files: options.files, defaultTenant: options.defaultTenant, guard })
  const purge = startSessionPurge(guard.sessions, options.purgeEveryMs, app.log)
  app.addHook('onClose', async () => purge.stop())
  await app.ready()
  return app
}
