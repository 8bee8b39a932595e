import type { FastifyInstance } from 'fastify'
import type { AuthMode } from '../auth-guard'

/** `GET /api/session`: who is signed in (anyone may ask), and where to sign in and out. */
export function sessionRoutes(api: FastifyInstance, mode: AuthMode) {
  api.get('/session', { config: { public: true } }, (request) => {
    const { principal } = request
    const user = principal && {
      name: principal.name,
      subject: principal.subject,
      email: principal.email,
    }
    return mode.kind === 'local'
      ? { mode: 'local', user, signInUrl: null, signOutUrl: null }
      : { mode: 'oidc', user, signInUrl: '/auth/login', signOutUrl: '/auth/logout' }
  })
}
