import type { FieldError } from '#contract/problem-details'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

/** French wording for statuses a backend may send without a problem body. */
const defaultTitles: Record<number, string> = {
  400: 'Requête refusée par le serveur',
  401: 'Votre session a expiré',
  403: 'Accès refusé',
  404: 'Ressource introuvable',
  409: 'Conflit avec l’état du serveur',
  412: 'Les réglages ont été modifiés entre-temps',
  422: 'Certaines valeurs ont été refusées par le serveur',
  428: 'Version des réglages manquante',
  429: 'Trop de requêtes',
  500: 'Erreur interne du serveur',
  502: 'Le serveur est injoignable',
  503: 'Le service est momentanément indisponible',
  504: 'Le serveur ne répond pas',
}

const kindTitles: Record<Exclude<ApiErrorKind, 'http'>, string> = {
  network: 'Connexion au serveur impossible',
  timeout: 'Le serveur ne répond pas',
  'invalid-response': 'Réponse du serveur inattendue',
}

export function defaultTitle(kind: ApiErrorKind, status: number | null): string {
  if (kind !== 'http') return kindTitles[kind]
  if (status !== null && status in defaultTitles) return defaultTitles[status] ?? ''
  return status !== null && status >= 500 ? 'Erreur du serveur' : 'Erreur inattendue'
}

interface ApiErrorInit {
  kind: ApiErrorKind
  status?: number | null
  title?: string | undefined
  detail?: string | undefined
  fieldErrors?: FieldError[] | undefined
  retryAfterSeconds?: number | undefined
  signInUrl?: string | undefined
}

/**
 * Every failure of the HTTP client, normalised once: what went wrong (`kind`,
 * `status`), a French title, the backend's detail, and per-field errors.
 */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly title: string
  readonly detail: string | null
  readonly fieldErrors: readonly FieldError[]
  readonly retryAfterSeconds: number | null
  /** With a 401, where the backend says to sign in again (its problem's `signInUrl`). */
  readonly signInUrl: string | null

  constructor(init: ApiErrorInit) {
    const status = init.status ?? null
    const title = init.title ?? defaultTitle(init.kind, status)
    super(title)
    this.kind = init.kind
    this.status = status
    this.title = title
    this.detail = init.detail ?? null
    this.fieldErrors = init.fieldErrors ?? []
    this.retryAfterSeconds = init.retryAfterSeconds ?? null
    this.signInUrl = init.signInUrl ?? null
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
