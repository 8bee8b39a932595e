import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { AfterFirstPaint } from '../../../components/after-first-paint'
import { LoadError } from '../../../components/load-error'
import { useApiClient } from '../../../config/services-context'
import { FranceConnectForm } from '../settings-form/france-connect-form'
import { LastUpdate } from '../settings-form/last-update'
import { BUILT_IN_CATALOGUE } from '../api'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../queries'

// The onboarding's summary (1.6) and its schema load apart from the tab's first code.
const OnboardingSummaryLine = lazy(() => import('../onboarding/onboarding-summary-line'))

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

  // Until the settings, the tenant's name (unless it fails) and the catalogue are known, only
  // the title and a status: what comes then is drawn at once, below them, and nothing drawn
  // before moves (the name can make the line below the title wrap).
  const loading =
    query.isPending ||
    (tenant.isPending && tenant.failureCount === 0) ||
    (query.isSuccess && catalogue.isPending)

  return (
    <>
      <h1>Intégration FranceConnect</h1>
      {loading ? (
        <p role="status" className="fc-loading">
          {query.failureCount > 0
            ? 'Le serveur n’a pas répondu correctement : nouvelle tentative en cours…'
            : 'Chargement des réglages…'}
        </p>
      ) : (
        <>
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
          {query.data && (
            // Its line is kept while it loads: nothing below it moves when it is drawn.
            <p className="fr-text--sm fc-onboarding-summary">
              <Suspense fallback={null}>
                <OnboardingSummaryLine tenantId={tenantId} />
              </Suspense>
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
          {query.data && (
            // Drawn in a task of its own, once the page's top is painted (a phone stays
            // responsive), and then section by section (see the form).
            <AfterFirstPaint>
              <FranceConnectForm
                key={tenantId}
                tenantId={tenantId}
                saved={query.data}
                tenant={tenant}
                catalogue={catalogue.data ?? BUILT_IN_CATALOGUE}
                catalogueUnavailable={catalogue.isError}
              />
            </AfterFirstPaint>
          )}
        </>
      )}
    </>
  )
}
