import { isApiError } from '../lib/api-error'
import { currentPath, signInAddress } from '../lib/sign-in'
import { Alert } from './alert'

interface LoadErrorProps {
  error: unknown
  /** What the alert says failed, from the error's status (401, 403, 404…, or null). */
  title: (status: number | null) => string
  retrying: boolean
  onRetry: () => void
}

/**
 * A page whose data could not be read: what went wrong, « Se reconnecter » after a 401,
 * « Réessayer » unless retrying cannot help (401, 403, 404).
 *
 * @example
 * <LoadError error={query.error} title={() => 'Impossible de charger la liste'}
 *   retrying={query.isFetching} onRetry={() => void query.refetch()} />
 */
export function LoadError({ error, title, retrying, onRetry }: LoadErrorProps) {
  const status = isApiError(error) ? error.status : null
  const signInUrl = isApiError(error) ? error.signInUrl : null
  return (
    <Alert type="error" role="alert" title={title(status)}>
      <p>
        {isApiError(error) ? (error.detail ?? error.title) : 'Une erreur inattendue est survenue.'}
      </p>
      {status === 401 && (
        <button
          className="fr-btn fr-btn--sm fr-mt-2w"
          type="button"
          onClick={() => {
            window.location.assign(
              signInUrl ? signInAddress(signInUrl, currentPath()) : window.location.href,
            )
          }}
        >
          Se reconnecter
        </button>
      )}
      {status !== 404 && status !== 401 && status !== 403 && (
        <button
          className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
          type="button"
          onClick={onRetry}
          aria-disabled={retrying || undefined}
        >
          Réessayer
        </button>
      )}
      {retrying && <p role="status">Nouvelle tentative en cours…</p>}
    </Alert>
  )
}
