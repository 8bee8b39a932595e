import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { problem } from '#contract/problem-details'
import type { OidcClient } from '../auth/oidc'
import { LOCAL_OPERATOR, type Principal } from '../auth/principal'
import { mayAccess, rightsOf } from '../auth/rights'
import { principalOf, type SessionDeps } from '../auth/sessions'
import { sendProblem } from './problem-replies'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set on every /api request (null: nobody signed in). */
    principal: Principal | null
  }
}

export type AuthMode = { kind: 'local' } | { kind: 'oidc'; publicUrl: URL; oidc: OidcClient }

export interface GuardOptions {
  mode: AuthMode
  sessions: SessionDeps
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The session resource answers everyone (it says whether one is signed in). */
const PUBLIC_API_PATHS = new Set(['/api/session'])

export const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/')
const pathOf = (url: string) => url.split('?')[0] ?? url

/** Resolves who is asking: the local operator, or the person the session cookie names. */
export function resolvePrincipal(options: GuardOptions, request: FastifyRequest) {
  return options.mode.kind === 'local'
    ? Promise.resolve(LOCAL_OPERATOR)
    : principalOf(options.sessions, request)
}

/** The origin a same-origin request comes from: PUBLIC_URL's, or (local mode) the Host's. */
function expectedOrigin(options: GuardOptions, request: FastifyRequest): string {
  if (options.mode.kind === 'oidc') return options.mode.publicUrl.origin
  return `${request.protocol}://${request.headers.host ?? ''}`
}

/**
 * Writes come from this application's own pages only: a browser sends `Origin` and
 * `Sec-Fetch-Site` with them, and a cross-site form or fetch carrying the cookie is refused.
 * (A client that is not a browser sends neither, and cannot be tricked into a forged request.)
 */
export function isSameOrigin(options: GuardOptions, request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  const origin = request.headers.origin
  return origin === undefined || origin === expectedOrigin(options, request)
}

export const crossSiteProblem = () =>
  problem(403, 'Requête d’une autre origine refusée', {
    detail:
      'Les modifications ne sont acceptées que depuis les pages de cette application (en-têtes Origin et Sec-Fetch-Site).',
  })

export const signInProblem = () => ({
  ...problem(401, 'Session expirée', {
    detail: 'Votre session a expiré ou vous n’êtes pas connecté : reconnectez-vous pour continuer.',
  }),
  signInUrl: '/auth/login',
})

function forbiddenProblem(principal: Principal, tenantId: string) {
  const who = principal.email ?? principal.subject ?? principal.name
  return problem(403, `Accès refusé à l’espace « ${tenantId} »`, {
    detail:
      `Votre compte (${principal.name}) n’a pas le droit de configurer l’espace « ${tenantId} ». ` +
      'Demandez-le à l’administrateur de Réglages FranceConnect : il peut vous l’accorder ' +
      `(npm run admins -- grant ${who} ${tenantId}) ou faire ajouter « ${tenantId} » ` +
      'aux espaces de votre compte chez le fournisseur d’identité.',
  })
}

/**
 * Every write from this application's own pages only (403, before the body is read); every
 * /api request: who is asking (401 without a session), and the right to the tenant named in the path, checked before looking
 * the tenant up, so that the answer (403) is the same whether or not it exists.
 */
export function installAuthGuard(app: FastifyInstance, options: GuardOptions) {
  app.decorateRequest('principal', null)

  app.addHook('onRequest', async (request, reply) => {
    // Before anything else (the body is not even read): a write from another site.
    if (UNSAFE_METHODS.has(request.method) && !isSameOrigin(options, request)) {
      request.log.warn({ origin: request.headers.origin }, 'écriture d’une autre origine refusée')
      return sendProblem(reply, crossSiteProblem())
    }
    if (!isApiPath(request.url)) return
    request.principal = await resolvePrincipal(options, request)
    if (!request.principal && !PUBLIC_API_PATHS.has(pathOf(request.url))) {
      return sendProblem(reply, signInProblem())
    }
  })

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const { principal } = request
    const tenantId = (request.params as { tenantId?: unknown } | undefined)?.tenantId
    if (!principal || typeof tenantId !== 'string' || !isApiPath(request.url)) return
    if (!mayAccess(await rightsOf(options.sessions.db, principal), tenantId)) {
      return sendProblem(reply, forbiddenProblem(principal, tenantId))
    }
  })
}
