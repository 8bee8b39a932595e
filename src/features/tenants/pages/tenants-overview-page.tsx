import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { LoadError } from '../../../components/load-error'
import { useApiClient } from '../../../config/services-context'
import { useSearch } from '../../../lib/router'
import { OverviewContent } from '../components/overview-content'
import { parseTenantsQuery } from '../overview-query'
import { tenantsPageQueryOptions } from '../queries'
import { OverviewHeading, OverviewLoading } from './overview-heading'

function loadErrorTitle(status: number | null): string {
  if (status === 401) return 'Votre session a expiré'
  if (status === 403) return 'Accès refusé à la vue d’ensemble'
  return 'Impossible de charger la liste des espaces'
}

interface TenantsOverviewPageProps {
  /** Where a tenant's tab is, relative to the app's base. */
  tenantPath: (tenantId: string) => string
  /** The backend has no overview (before contract 1.5): the app goes elsewhere. */
  onUnavailable: () => void
}

/**
 * The root page: every tenant the person may administer, and how FranceConnect stands in each.
 * Loaded lazily (see routes.tsx): a first visit to a tenant's tab does not pay for it.
 */
export function TenantsOverviewPage({ tenantPath, onUnavailable }: TenantsOverviewPageProps) {
  const api = useApiClient()
  const search = useSearch()
  const query = useMemo(() => parseTenantsQuery(search), [search])
  const result = useQuery(tenantsPageQueryOptions(api, query))

  useEffect(() => {
    document.title = 'Vue d’ensemble des espaces – Espace Administration'
  }, [])
  useEffect(() => {
    if (result.data === null) onUnavailable()
  }, [result.data, onUnavailable])

  return (
    <>
      <OverviewHeading />
      {result.isPending && <OverviewLoading retrying={result.failureCount > 0} />}
      {result.isError && (
        <LoadError
          error={result.error}
          title={loadErrorTitle}
          retrying={result.isFetching}
          onRetry={() => {
            if (!result.isFetching) void result.refetch()
          }}
        />
      )}
      {result.data && (
        <OverviewContent
          page={result.data}
          query={query}
          refreshing={result.isPlaceholderData}
          tenantPath={tenantPath}
        />
      )}
    </>
  )
}
