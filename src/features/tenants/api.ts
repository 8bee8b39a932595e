import type { ApiClient } from '../../lib/api-client'
import { ApiError } from '../../lib/api-error'
import { tenantsPageSchema, type TenantsPage, type TenantsQuery } from '#contract/tenants-overview'
import { TENANTS_PATH } from './paths'

/** The overview's query string: only what differs from the defaults, in a stable order. */
export function tenantsSearchParams(
  query: Partial<TenantsQuery>,
  { withPage = true } = {},
): URLSearchParams {
  const params = new URLSearchParams()
  if (query.q?.trim()) params.set('q', query.q.trim())
  if (query.enabled) params.set('enabled', query.enabled)
  if (query.environment !== undefined) params.set('environment', query.environment)
  if (query.toHandle) params.set('toHandle', query.toHandle)
  if (query.step !== undefined) params.set('step', String(query.step))
  if (query.sort && query.sort !== 'name') params.set('sort', query.sort)
  if (query.order && query.order !== 'asc') params.set('order', query.order)
  if (withPage && query.page && query.page > 1) params.set('page', String(query.page))
  if (withPage && query.pageSize && query.pageSize !== 20)
    params.set('pageSize', String(query.pageSize))
  return params
}

const withQuery = (params: URLSearchParams) => {
  const search = params.toString()
  return search ? `${TENANTS_PATH}?${search}` : TENANTS_PATH
}

/** One page of the tenants overview, or null when the backend has none (before 1.5: 404). */
export async function fetchTenantsPage(
  api: ApiClient,
  query: Partial<TenantsQuery>,
  signal?: AbortSignal,
): Promise<TenantsPage | null> {
  try {
    const { data } = await api.request(withQuery(tenantsSearchParams(query)), {
      schema: tenantsPageSchema,
      signal,
    })
    return data
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/** The whole filtered list as CSV (UTF-8 with BOM, « ; »), as the backend writes it. */
export function downloadTenantsCsv(api: ApiClient, query: Partial<TenantsQuery>): Promise<Blob> {
  return api.download(withQuery(tenantsSearchParams(query, { withPage: false })), 'text/csv')
}
