import { delay, HttpResponse } from 'msw'
import { PROBLEM_CONTENT_TYPE, problem, type ProblemDetails } from '#contract/problem-details'
import type { ScenarioId } from './scenarios'

export function problemResponse(
  body: ProblemDetails & { status: number },
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
  })
}

export const SLOW_DELAY_MS = 2_500

/** A host FranceConnect might open tomorrow: the tab offers it with no new release. */
export const NEW_HOST = {
  id: 'v3-exemple',
  label: 'Nouvel hôte v3 (exemple)',
  url: 'https://v3.exemple-franceconnect.fr/api/v3',
  version: 'v3',
  status: 'current',
  description: 'Un hôte publié après la mise en service de l’onglet.',
} as const
export const RETRY_AFTER_SECONDS = 5

/** A body the contract does not allow (wrong types, missing fields), with a valid ETag. */
const malformed = () =>
  HttpResponse.json(
    { enabled: 'oui', buttonVariant: 'FCboutons-99' },
    { headers: { ETag: '"r0"' } },
  )

/**
 * The response a fault gives instead of the normal one; `undefined` lets the request
 * through (after a delay for `slow`; `conflict` is played by the handler itself).
 */
export async function faultResponse(fault: ScenarioId): Promise<Response | undefined> {
  switch (fault) {
    case 'slow':
      await delay(SLOW_DELAY_MS)
      return undefined
    case 'conflict':
    case 'contract-1.0':
    case 'connection-wrong-secret':
    case 'connection-unknown-client':
    case 'connection-redirect':
    case 'connection-no-es256':
    case 'connection-unreachable':
    case 'connection-not-allowed':
      return undefined
    case 'connection-busy':
      return problemResponse(
        problem(409, 'Un test est déjà en cours', {
          detail: 'Un test de connexion de cet espace est en cours : attendez son résultat.',
        }),
      )
    case 'invalid':
      return problemResponse(
        problem(422, 'Certaines valeurs ont été refusées', {
          detail: 'Le serveur a refusé ces réglages.',
          errors: [
            {
              pointer: '/clientId',
              detail: 'Cet identifiant client a été révoqué par FranceConnect.',
            },
            {
              pointer: '/tenant/contract',
              detail: 'Le contrat de cet espace ne comprend pas FranceConnect.',
            },
          ],
        }),
      )
    case 'unauthorized':
      return problemResponse(
        problem(401, 'Session expirée', {
          detail: 'Le jeton de session a expiré.',
          // "Signing in again" with the mock: back to this page, without the scenario.
          ...(typeof window === 'undefined' ? {} : { signInUrl: window.location.pathname }),
        }),
      )
    case 'forbidden':
      return problemResponse(
        problem(403, 'Accès refusé', {
          detail: 'Seuls les paramétreurs techniques de cet espace peuvent modifier ces réglages.',
        }),
      )
    case 'server-error':
      return problemResponse(
        problem(500, 'Erreur interne du serveur', {
          detail: 'Une erreur inattendue est survenue (référence : 7f3a-22).',
        }),
      )
    case 'bad-gateway':
      return new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      })
    case 'unavailable':
      return problemResponse(
        problem(503, 'Service momentanément indisponible', {
          detail: 'Une maintenance est en cours.',
        }),
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      )
    case 'network-error':
      return HttpResponse.error()
    case 'timeout':
      await delay('infinite')
      return undefined
    case 'malformed':
    case 'load-malformed':
      return malformed()
    case 'load-error':
      return problemResponse(problem(500, 'Erreur interne du serveur'))
    case 'no-catalogue':
      return problemResponse(problem(404, 'Aucun catalogue publié'))
    case 'catalogue-error':
      return problemResponse(problem(500, 'Erreur interne du serveur'))
    case 'catalogue-new-host':
      return undefined
    case 'load-flaky':
      return problemResponse(problem(503, 'Service momentanément indisponible'), {
        'Retry-After': '1',
      })
  }
}
