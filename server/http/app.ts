import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { contentSecurityPolicy } from '../../csp.mjs'
import type { SessionPolicy } from '../config'
import type { Database } from '../db/database'
import type { Keyring } from '../secrets/keyring'
import { apiRoutes } from './api-routes'
import { installAuthGuard, type AuthMode, type GuardOptions } from './auth-guard'
import { authRoutes } from './auth-routes'
import { frameRoutes } from './frame-routes'
import { installProblemHandlers } from './problem-replies'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { probePolicy, type ProbePolicy } from '../franceconnect/probe-policy'
import type { StaticFiles } from './static-files'

export const BODY_LIMIT_BYTES = 64 * 1024

export interface AppOptions {
  db: Database
  keyring: Keyring
  logger: FastifyBaseLogger
  files: StaticFiles
  defaultTenant: string
  trustProxy?: boolean
  clock?: () => Date
  /** Local mode (no sign-in, loopback only) or OpenID Connect sign-in. */
  auth?: AuthMode
  sessionPolicy?: SessionPolicy
  /** Which FranceConnect hosts the connection test may reach (the catalogue's by default). */
  probePolicy?: ProbePolicy
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

/** The reference server: the built tab, its configuration, and the REST contract under /api. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: options.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  })
  // JSON only: a form post or plain text never reaches a route.
  app.removeContentTypeParser('text/plain')
  installProblemHandlers(app)
  // Limits are set per route (sign-in, callback, writes), counted per process.
  await app.register(rateLimit, { global: false })
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS)
    reply.header('X-Request-Id', request.id)
    return payload
  })
  const clock = options.clock ?? (() => new Date())
  const guard: GuardOptions = {
    mode: options.auth ?? { kind: 'local' },
    sessions: {
      db: options.db,
      keyring: options.keyring,
      clock,
      policy: options.sessionPolicy ?? { idleMinutes: 30, maxHours: 12 },
    },
  }
  installAuthGuard(app, guard)
  authRoutes(app, guard)
  apiRoutes(app, {
    db: options.db,
    keyring: options.keyring,
    clock,
    probePolicy: options.probePolicy ?? probePolicy(BUILT_IN_ENVIRONMENTS, []),
  })
  frameRoutes(app, {
    files: options.files,
    defaultTenant: options.defaultTenant,
    guard,
  })
  await app.ready()
  return app
}
