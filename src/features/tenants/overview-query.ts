import { tenantsQuerySchema, type TenantsQuery } from '#contract/tenants-overview'
import { tenantsSearchParams } from './api'

const DEFAULT_QUERY: TenantsQuery = tenantsQuerySchema.parse({})

/**
 * The overview's filters, sort and page from the address bar. A value the contract refuses
 * (a hand-edited or outdated link) falls back to its default instead of failing the page.
 */
export function parseTenantsQuery(search: string): TenantsQuery {
  const entries = [...new URLSearchParams(search)].filter(([, value]) => value.trim() !== '')
  const parsed = tenantsQuerySchema.safeParse(Object.fromEntries(entries))
  if (parsed.success) return parsed.data
  const refused = new Set(parsed.error.issues.map((issue) => String(issue.path[0])))
  const kept = tenantsQuerySchema.safeParse(
    Object.fromEntries(entries.filter(([key]) => !refused.has(key))),
  )
  return kept.success ? kept.data : DEFAULT_QUERY
}

/** The overview's address for a query, relative to the app's base: "" or "?q=…&page=2". */
export function overviewPath(query: Partial<TenantsQuery>): string {
  const search = tenantsSearchParams(query).toString()
  return search ? `?${search}` : ''
}

/** Whether any filter (not the sort or the page) narrows the list. */
export function hasFilters(query: TenantsQuery): boolean {
  return Boolean(
    query.q?.trim() ||
    query.enabled ||
    query.environment !== undefined ||
    query.toHandle ||
    query.step !== undefined,
  )
}

/** The same sort and page size, without any filter, from page 1. */
export function withoutFilters(query: TenantsQuery): TenantsQuery {
  return { ...DEFAULT_QUERY, sort: query.sort, order: query.order, pageSize: query.pageSize }
}
