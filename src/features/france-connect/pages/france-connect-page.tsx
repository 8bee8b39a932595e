import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Alert } from '../../../components/alert'
import { useApiClient } from '../../../config/services-context'
import { isApiError } from '../../../lib/api-error'
import { currentPath, signInAddress } from '../../../lib/sign-in'
import { FranceConnectForm } from '../components/france-connect-form'
import { LastUpdate } from '../components/last-update'
import { BUILT_IN_CATALOGUE } from '../api'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../queries'

interface LoadErrorProps {
  error: unknown
  retrying: boolean
  onRetry: () => void
}

function loadErrorTitle(status: number | null): string {
  if (status === 404) return 'Espace introuvable'
  if (status === 401) return 'Votre session a expiré'
  if (status === 403) return 'Accès refusé à cet espace'
  return 'Impossible de charger les réglages FranceConnect'
}

function LoadError({ error, retrying, onRetry }: LoadErrorProps) {
  const status = isApiError(error) ? error.status : null
  const signInUrl = isApiError(error) ? error.signInUrl : null
  return (
    <Alert type="error" role="alert" title={loadErrorTitle(status)}>
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

/** The "Intégration FranceConnect" tab of one tenant. */
export function FranceConnectPage({ tenantId }: { tenantId: string }) {
  const api = useApiClient()
  const query = useQuery(settingsQueryOptions(api, tenantId))
  const tenant = useQuery(tenantQueryOptions(api, tenantId))
  const catalogue = useQuery(environmentCatalogueQueryOptions(api))

  useEffect(() => {
    document.title = `Intégration FranceConnect – ${tenantId} – Espace Administration`
  }, [tenantId])

  return (
    <>
      <h1>Intégration FranceConnect</h1>
      <p className="fr-text--lead fr-mb-2w">
        Espace usagers{' '}
        {tenant.data ? (
          <>
            <strong>{tenant.data.name}</strong> ({tenantId})
          </>
        ) : (
          <strong>{tenantId}</strong>
        )}
      </p>
      {query.data && <LastUpdate settings={query.data.settings} />}
      {(query.isPending || (query.isSuccess && catalogue.isPending)) && (
        <p role="status" className="fc-loading">
          {query.failureCount > 0
            ? 'Le serveur n’a pas répondu correctement : nouvelle tentative en cours…'
            : 'Chargement des réglages…'}
        </p>
      )}
      {query.isError && (
        <LoadError
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => {
            if (!query.isFetching) void query.refetch()
          }}
        />
      )}
      {query.data && !catalogue.isPending && (
        <FranceConnectForm
          key={tenantId}
          tenantId={tenantId}
          saved={query.data}
          tenant={tenant}
          catalogue={catalogue.data ?? BUILT_IN_CATALOGUE}
          catalogueUnavailable={catalogue.isError}
        />
      )}
    </>
  )
}
