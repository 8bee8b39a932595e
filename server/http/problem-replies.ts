import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { PROBLEM_CONTENT_TYPE, problem, type ProblemDetails } from '#contract/problem-details'

type Problem = ProblemDetails & { status: number }

/** A refusal thrown from a helper deep in a handler (no session, no right): sent as is. */
export class ProblemError extends Error {
  override name = 'ProblemError'
  constructor(readonly problem: Problem) {
    super(problem.title ?? String(problem.status))
  }
}

export function sendProblem(reply: FastifyReply, body: ProblemDetails & { status: number }) {
  return reply
    .code(body.status)
    .header('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .send(body)
}

/**
 * Bad requests that never reach a route, each with its own problem. The texts are fixed: an
 * error's own message could quote the body, and the body may hold a secret.
 */
const requestProblems: Record<string, () => ProblemDetails & { status: number }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    problem(400, 'Corps de requête illisible', { detail: 'Le corps n’est pas un JSON valide.' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    problem(400, 'Corps de requête vide', { detail: 'Un corps JSON est attendu.' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    problem(415, 'Type de contenu non pris en charge', {
      detail: 'Envoyez le corps en application/json.',
    }),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    problem(413, 'Corps de requête trop volumineux', { detail: 'La limite est de 64 Kio.' }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    problem(400, 'Longueur de corps incorrecte', {
      detail: 'L’en-tête Content-Length ne correspond pas au corps reçu.',
    }),
}

/** Every error leaves as problem+json (RFC 9457). */
export function installProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error.problem)
    const known = error.code ? requestProblems[error.code] : undefined
    if (known) {
      request.log.info({ code: error.code }, 'requête refusée')
      return sendProblem(reply, known())
    }
    const status = error.statusCode ?? 500
    if (status === 429) {
      request.log.warn({ url: request.routeOptions.url }, 'trop de requêtes')
      return sendProblem(
        reply,
        problem(429, 'Trop de requêtes', {
          detail: 'Trop de requêtes en peu de temps : réessayez dans une minute.',
        }),
      )
    }
    if (status < 500) {
      request.log.info({ code: error.code, status }, 'requête refusée')
      return sendProblem(reply, problem(status, 'Requête refusée'))
    }
    request.log.error({ err: error }, 'erreur interne')
    return sendProblem(
      reply,
      problem(500, 'Erreur interne du serveur', {
        detail: `Une erreur inattendue est survenue (référence : ${request.id}).`,
      }),
    )
  })
}

export const notFoundProblem = (path: string) =>
  problem(404, 'Ressource inconnue', { detail: `Aucune ressource à l’adresse ${path}.` })
