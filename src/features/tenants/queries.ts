import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { TenantsQuery } from '#contract/tenants-overview'
import type { ApiClient } from '../../lib/api-client'
import { fetchTenantsPage } from './api'

export const tenantsOverviewKeys = {
  all: ['tenants-overview'] as const,
  page: (query: TenantsQuery) => [...tenantsOverviewKeys.all, query] as const,
}

/**
 * One page of the overview. While another page or filter loads, the previous rows stay on
 * screen instead of the table disappearing. Always refetched when shown again: a tenant's
 * tab may have changed its row meanwhile.
 */
export function tenantsPageQueryOptions(api: ApiClient, query: TenantsQuery) {
  return queryOptions({
    queryKey: tenantsOverviewKeys.page(query),
    queryFn: ({ signal }) => fetchTenantsPage(api, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}
