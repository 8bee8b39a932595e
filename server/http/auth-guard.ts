import type { FastifyInstance, FastifyRequest } from 'fastify'
import { problem } from '#contract/problem-details'
import type { OidcClient } from '../auth/oidc'
import { LOCAL_OPERATOR, type Principal } from '../auth/principal'
import { principalOf, type SessionDeps } from '../auth/sessions'
import { isLoopback } from '../config'
import { sendProblem } from './problem-replies'

export type AuthMode = { kind: 'local' } | { kind: 'oidc'; publicUrl: URL; oidc: OidcClient }

export interface GuardOptions {
  mode: AuthMode
  sessions: SessionDeps
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Resolves who is asking: the local operator, or the person the session cookie names. */
export function resolvePrincipal(
  options: GuardOptions,
  request: FastifyRequest,
): Promise<Principal | null> {
  return options.mode.kind === 'local'
    ? Promise.resolve(LOCAL_OPERATOR)
    : principalOf(options.sessions, request)
}

/**
 * The host name of a `Host` header (`name`, `name:port`, `[v6]:port`), or null if it is not
 * one. Local mode answers only the loopback names: a page of another site that a DNS
 * rebinding points at 127.0.0.1 sends its own name there, and is refused.
 */
export function hostNameOf(header: string | undefined): string | null {
  if (!header) return null
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header)
  return match?.[1] ? match[1].replace(/^\[|\]$/g, '').toLowerCase() : null
}

export const isLocalHostHeader = (header: string | undefined) => {
  const name = hostNameOf(header)
  return name !== null && isLoopback(name)
}

/**
 * The origin a same-origin request comes from: PUBLIC_URL's, or (local mode) the Host's, which
 * the local mode has already checked is a loopback name.
 */
function expectedOrigin(options: GuardOptions, request: FastifyRequest): string {
  if (options.mode.kind === 'oidc') return options.mode.publicUrl.origin
  return `http://${request.headers.host ?? ''}`
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

export const foreignHostProblem = () =>
  problem(421, 'Adresse non servie en mode local', {
    detail:
      'En mode local, le serveur ne répond qu’aux adresses 127.0.0.1, localhost et [::1]. ' +
      'Ouvrez-le à l’une d’elles (par un tunnel SSH depuis un autre poste), ou configurez la ' +
      'connexion des administrateurs pour le servir sous un autre nom.',
  })

export const signInProblem = () => ({
  ...problem(401, 'Session expirée', {
    detail: 'Votre session a expiré ou vous n’êtes pas connecté : reconnectez-vous pour continuer.',
  }),
  signInUrl: '/auth/login',
})

/**
 * What every request passes before anything else, whatever its path and whether or not a route
 * matches it: in local mode, a loopback Host (421 otherwise); for a write, this application's
 * own pages as its origin (403, before the body is even read).
 */
export function installRequestGuards(app: FastifyInstance, options: GuardOptions) {
  app.addHook('onRequest', async (request, reply) => {
    if (options.mode.kind === 'local' && !isLocalHostHeader(request.headers.host)) {
      request.log.warn({ host: request.headers.host }, 'requête pour un autre hôte refusée')
      return sendProblem(reply, foreignHostProblem())
    }
    if (UNSAFE_METHODS.has(request.method) && !isSameOrigin(options, request)) {
      request.log.warn({ origin: request.headers.origin }, 'écriture d’une autre origine refusée')
      return sendProblem(reply, crossSiteProblem())
    }
  })
}
