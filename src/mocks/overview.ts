import { http, HttpResponse } from 'msw'
import { BUILT_IN_ENVIRONMENTS, type Environment } from '#contract/catalogue'
import { problem } from '#contract/problem-details'
import { fieldErrorsOf } from '#contract/problems'
import { normalizeEnvironmentUrl } from '#contract/catalogue'
import type { ConnectionTest } from '#contract/connection-test'
import type { TenantRecord } from '#contract/demo-tenants'
import {
  ENVIRONMENT_NONE,
  foldForSearch,
  toHandleReasons,
  type TenantSummary,
  type TenantsPage,
  type TenantsQuery,
  tenantsCsv,
  tenantsQuerySchema,
} from '#contract/tenants-overview'
import type { Onboarding } from '#contract/onboarding'
import { DEFAULT_WAITING_DAYS, onboardingSummary } from '#contract/onboarding-steps'
import { problemResponse } from './fault-responses'
import { onboardingView } from './onboarding'
import type { MockStore } from './store'

/** One tenant as the overview shows it, from what the mock API stores. */
export function summaryOf(
  record: TenantRecord,
  lastTest: ConnectionTest | null,
  catalogue: readonly Environment[],
  onboarding?: Onboarding,
  now: Date = new Date(),
): TenantSummary {
  const { settings, tenant } = record
  const base = {
    id: tenant.id,
    name: tenant.name,
    enabled: settings.enabled,
    environmentUrl: settings.environmentUrl,
    secretConfigured: settings.clientSecretConfigured,
    lastTest: lastTest ? { at: lastTest.finishedAt, outcome: lastTest.outcome } : null,
    lastChange: settings.updatedAt ? { at: settings.updatedAt, by: settings.updatedBy } : null,
  }
  const progress = onboarding && onboardingSummary(onboarding, now, DEFAULT_WAITING_DAYS)
  const toHandle: string[] = toHandleReasons(base, catalogue)
  if (progress?.waiting) toHandle.push('onboarding-waiting')
  return { ...base, toHandle, ...(progress ? { onboarding: progress } : {}) }
}

function matches(summary: TenantSummary, query: TenantsQuery): boolean {
  if (query.q) {
    const wanted = foldForSearch(query.q.trim())
    if (
      !foldForSearch(summary.id).includes(wanted) &&
      !foldForSearch(summary.name).includes(wanted)
    )
      return false
  }
  if (query.enabled && summary.enabled !== (query.enabled === 'true')) return false
  if (query.environment !== undefined) {
    const url = normalizeEnvironmentUrl(summary.environmentUrl)
    const wanted =
      query.environment === ENVIRONMENT_NONE ? '' : normalizeEnvironmentUrl(query.environment)
    if (url !== wanted) return false
  }
  if (query.toHandle && summary.toHandle.length > 0 !== (query.toHandle === 'true')) return false
  if (query.step !== undefined && summary.onboarding?.step !== query.step) return false
  return true
}

const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function compare(a: TenantSummary, b: TenantSummary, sort: TenantsQuery['sort']): number {
  if (sort === 'lastChange') {
    // Never changed first (oldest first), as the server's `nulls first`.
    const byDate = byCodePoints(a.lastChange?.at ?? '', b.lastChange?.at ?? '')
    return byDate || byCodePoints(a.id, b.id)
  }
  if (sort === 'id') return byCodePoints(a.id, b.id)
  // Folded names, as the server sorts them: the same order on both.
  return byCodePoints(foldForSearch(a.name), foldForSearch(b.name)) || byCodePoints(a.id, b.id)
}

/** Filters, sorts and pages the overview, as the reference server does in SQL. */
export function overviewOf(
  summaries: readonly TenantSummary[],
  query: TenantsQuery,
): { page: TenantsPage; filtered: TenantSummary[] } {
  const direction = query.order === 'desc' ? -1 : 1
  const filtered = summaries
    .filter((summary) => matches(summary, query))
    .sort((a, b) => direction * compare(a, b, query.sort))
  const start = (query.page - 1) * query.pageSize
  return {
    filtered,
    page: {
      items: filtered.slice(start, start + query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      total: filtered.length,
      summary: {
        total: summaries.length,
        enabled: summaries.filter((summary) => summary.enabled).length,
        disabled: summaries.filter((summary) => !summary.enabled).length,
        toHandle: summaries.filter((summary) => summary.toHandle.length > 0).length,
      },
    },
  }
}

/** `GET /tenants` (1.5) over the mock store: JSON pages, or the filtered list as CSV. */
export function overviewHandler(apiBaseUrl: string, store: MockStore) {
  return http.get(`${apiBaseUrl}/tenants`, ({ request }) => {
    const query = tenantsQuerySchema.safeParse(
      Object.fromEntries(new URL(request.url).searchParams),
    )
    if (!query.success) {
      return problemResponse(
        problem(400, 'Paramètres de la vue d’ensemble invalides', {
          errors: fieldErrorsOf(query.error.issues),
        }),
      )
    }
    const summaries = store
      .all()
      .map((record) =>
        summaryOf(
          record,
          store.lastTest(record.tenant.id),
          BUILT_IN_ENVIRONMENTS,
          onboardingView(store, record.tenant.id) ?? undefined,
        ),
      )
    const { page, filtered } = overviewOf(summaries, query.data)
    if (request.headers.get('Accept')?.includes('text/csv')) {
      return new HttpResponse(tenantsCsv(filtered, BUILT_IN_ENVIRONMENTS), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="espaces-franceconnect.csv"',
        },
      })
    }
    return HttpResponse.json(page)
  })
}
