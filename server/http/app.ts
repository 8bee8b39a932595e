import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { contentSecurityPolicy } from '../../csp.mjs'
import type { Database } from '../db/database'
import type { Author } from '../db/tenants-repository'
import type { Keyring } from '../secrets/keyring'
import { apiRoutes } from './api-routes'
import { frameRoutes } from './frame-routes'
import { installProblemHandlers } from './problem-replies'
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
  authorOf?: () => Author
}

/** Until administrators sign in, changes are made by whoever runs the server on this machine. */
export const LOCAL_OPERATOR: Author = { name: 'Administrateur local', subject: null }

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
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS)
    reply.header('X-Request-Id', request.id)
    return payload
  })
  apiRoutes(app, {
    db: options.db,
    keyring: options.keyring,
    clock: options.clock ?? (() => new Date()),
    authorOf: options.authorOf ?? (() => LOCAL_OPERATOR),
  })
  frameRoutes(app, { files: options.files, defaultTenant: options.defaultTenant })
  await app.ready()
  return app
}
