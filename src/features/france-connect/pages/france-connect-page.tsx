import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { LoadError } from '../../../components/load-error'
import { useApiClient } from '../../../config/services-context'
import { FranceConnectForm } from '../components/france-connect-form'
import { LastUpdate } from '../components/last-update'
import { BUILT_IN_CATALOGUE } from '../api'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../queries'

function loadErrorTitle(status: number | null): string {
  if (status === 404) return 'Espace introuvable'
  if (status === 401) return 'Votre session a expiré'
  if (status === 403) return 'Accès refusé à cet espace'
  return 'Impossible de charger les réglages FranceConnect'
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
          title={loadErrorTitle}
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
