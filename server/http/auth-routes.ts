import type { FastifyInstance, FastifyReply } from 'fastify'
import {
  clearCookie,
  hashToken,
  newToken,
  readCookie,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  setCookie,
} from '../auth/cookies'
import { ProviderUnavailableError } from '../auth/oidc'
import { closeSession, openSession, SIGN_IN_MINUTES } from '../auth/sessions'
import { deleteSession, insertSignInAttempt, takeSignInAttempt } from '../db/sessions-repository'
import { resolvePrincipal, type AuthMode, type GuardOptions } from './auth-guard'

/** Where the browser goes back after signing in: a path of this application, nothing else. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\\\u0000-\u001f]/.test(value)) return '/'
  return value
}

/** A plain page for the browser when signing in fails: what happened, and a way to try again. */
function signInFailurePage(reply: FastifyReply, status: number, message: string) {
  return reply
    .code(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion impossible – Réglages FranceConnect</title></head>` +
        `<body><main><h1>Connexion impossible</h1><p>${message}</p>` +
        `<p><a href="/auth/login">Se connecter de nouveau</a></p></main></body></html>`,
    )
}

const STATE_PATTERN = /^[A-Za-z0-9_-]{43}$/

const LIMITS = {
  signIn: { max: 30, timeWindow: '1 minute' },
  signOut: { max: 30, timeWindow: '1 minute' },
}

/**
 * The backend-for-frontend's sign-in: /auth/login starts the authorization code flow,
 * /auth/callback finishes it and opens a session (an opaque cookie; the tokens stay here),
 * /auth/logout ends both sessions.
 */
export function authRoutes(app: FastifyInstance, options: GuardOptions) {
  const { mode, sessions } = options

  if (mode.kind === 'local') {
    // No sign-in: whoever asks is the local operator.
    app.get<{ Querystring: { returnTo?: string } }>('/auth/login', (request, reply) =>
      reply.redirect(safeReturnTo(request.query.returnTo), 303),
    )
    return
  }
  const { oidc, publicUrl } = mode satisfies AuthMode

  app.get<{ Querystring: { returnTo?: string } }>(
    '/auth/login',
    { config: { rateLimit: LIMITS.signIn } },
    async (request, reply) => {
      let start
      try {
        start = await oidc.start()
      } catch (error) {
        request.log.error({ reason: (error as Error).name }, 'fournisseur d’identité injoignable')
        return signInFailurePage(
          reply,
          error instanceof ProviderUnavailableError ? 503 : 500,
          'Le fournisseur d’identité ne répond pas. Réessayez dans quelques instants.',
        )
      }
      const browser = newToken()
      await insertSignInAttempt(
        sessions.db,
        {
          state: start.state,
          browserHash: hashToken(browser),
          nonce: start.nonce,
          codeVerifier: start.codeVerifier,
          returnTo: safeReturnTo(request.query.returnTo),
        },
        sessions.clock(),
      )
      setCookie(reply, SIGN_IN_COOKIE, browser, SIGN_IN_MINUTES * 60)
      return reply.header('Cache-Control', 'no-store').redirect(start.url.href, 303)
    },
  )

  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/auth/callback',
    { config: { rateLimit: LIMITS.signIn } },
    async (request, reply) => {
      const fail = (reason: string, message: string) => {
        // Failed sign-ins are logged with their reason, never with a code or a token.
        request.log.warn({ reason }, 'connexion refusée')
        clearCookie(reply, SIGN_IN_COOKIE)
        return signInFailurePage(reply, 400, message)
      }
      const { state, error } = request.query
      const notBefore = new Date(sessions.clock().getTime() - SIGN_IN_MINUTES * 60_000)
      // A state this server made (43 base64url characters) is looked up, nothing else.
      const attempt =
        state && STATE_PATTERN.test(state)
          ? await takeSignInAttempt(sessions.db, state, notBefore)
          : undefined
      const browser = readCookie(request, SIGN_IN_COOKIE)
      if (!attempt || !browser || hashToken(browser) !== attempt.browserHash) {
        return fail(
          'tentative inconnue, expirée ou d’un autre navigateur',
          'Cette connexion a expiré ou n’a pas été commencée dans ce navigateur.',
        )
      }
      if (error) {
        return fail(
          `le fournisseur a répondu « ${error.slice(0, 64)} »`,
          'Le fournisseur d’identité a refusé la connexion.',
        )
      }
      let person
      try {
        const callbackUrl = new URL(
          `auth/callback${request.url.slice(request.url.indexOf('?'))}`,
          publicUrl,
        )
        person = await oidc.finish(callbackUrl, attempt)
      } catch (caught) {
        const reason = caught instanceof Error ? `${caught.name}: ${caught.message}` : 'inconnue'
        return fail(
          reason.slice(0, 300),
          'La réponse du fournisseur d’identité n’a pas pu être vérifiée.',
        )
      }
      // A new session at each sign-in; any earlier one of this browser ends.
      const previous = readCookie(request, SESSION_COOKIE)
      if (previous) await deleteSession(sessions.db, hashToken(previous))
      const { token, maxAgeSeconds } = await openSession(sessions, person)
      request.log.info({ subject: person.subject }, 'connexion')
      clearCookie(reply, SIGN_IN_COOKIE)
      setCookie(reply, SESSION_COOKIE, token, maxAgeSeconds)
      return reply
        .header('Cache-Control', 'no-store')
        .redirect(new URL(attempt.returnTo.slice(1), publicUrl).href, 303)
    },
  )

  // The guard has already refused a sign-out from another site (onRequest).
  app.post('/auth/logout', { config: { rateLimit: LIMITS.signOut } }, async (request, reply) => {
    const principal = await resolvePrincipal(options, request)
    const idToken = principal?.sessionHash
      ? await closeSession(sessions, principal.sessionHash)
      : null
    clearCookie(reply, SESSION_COOKIE)
    if (principal) request.log.info({ subject: principal.subject }, 'déconnexion')
    let redirectTo = publicUrl.href
    try {
      redirectTo = (await oidc.endSessionUrl(idToken))?.href ?? redirectTo
    } catch {
      // The provider is unreachable: this application's session is over all the same.
    }
    return reply.header('Cache-Control', 'no-store').send({ redirectTo })
  })
}
