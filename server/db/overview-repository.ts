import { normalizeEnvironmentUrl, type Environment } from '#contract/catalogue'
import type { HistoryEntry } from '#contract/history'
import { keyKindOf, type KeySettings } from '#contract/onboarding-steps'
import {
  ENVIRONMENT_NONE,
  foldForSearch,
  toHandleReasons,
  type TenantSummary,
  type TenantsPage,
  type TenantsQuery,
} from '#contract/tenants-overview'
import type { TenantRights } from '../auth/rights'
import { sqlLiteral, type Queryable } from './database'
import { milestoneEntries, milestoneJoinsSql } from './milestone-entries'
import { onboardingColumns, type OnboardingColumns } from './onboarding-repository'
import {
  ENVIRONMENT_KEY,
  offCatalogueProductionKeys,
  onboardingSummaryOf,
  stepSql,
  waitingSql,
} from './overview-onboarding'

interface SummaryRow extends OnboardingColumns {
  id: string
  name: string
  enabled: boolean
  client_id: string
  environment_url: string
  secret_configured: boolean
  last_test_outcome: 'passed' | 'failed' | null
  last_tested_at: Date | null
  updated_at: Date | null
  updated_by: string | null
}

interface CountRow {
  total: number
  enabled: number
  to_handle: number
  matching: number
}

const environmentKey = ENVIRONMENT_KEY

/** The moment the overview is computed at, and how long a request may wait (1.6). */
export interface OverviewClock {
  now: Date
  waitingDays: number
}

/** For a filter on the step: the production keys the catalogue does not name. */
const offCatalogueFor = (db: Queryable, query: TenantsQuery, catalogue: readonly Environment[]) =>
  query.step === undefined ? Promise.resolve([]) : offCatalogueProductionKeys(db, catalogue)

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

/** The SQL of the overview: the visible tenants (rights), whether each needs attention, filters. */
function overviewSql(
  query: TenantsQuery,
  rights: TenantRights,
  catalogue: readonly Environment[],
  clock: OverviewClock,
  offCatalogue: readonly string[],
) {
  const params: unknown[] = []
  const param = (value: unknown) => `$${params.push(value)}`
  // The catalogue's deprecated and retired environments: on one, a tenant needs attention.
  const flagged = catalogue
    .filter((environment) => environment.status !== 'current')
    .map((environment) => normalizeEnvironmentUrl(environment.url))
  const flaggedList = flagged.length > 0 ? flagged.map(sqlLiteral).join(', ') : 'null'
  const toHandle = `coalesce(${environmentKey} in (${flaggedList})
    or (s.enabled and s.secret_ciphertext is null) or s.last_test_outcome = 'failed'
    or ${waitingSql(clock.now, clock.waitingDays)}, false)`
  const visible = rights === '*' ? 'true' : `t.id = any(${param([...rights])}::text[])`

  const filters: string[] = []
  const q = query.q?.trim()
  if (q) {
    const pattern = param(`%${escapeLike(foldForSearch(q))}%`)
    // Ids are lower case ASCII already; names are folded once, when written (search_name).
    filters.push(`(t.id like ${pattern} or t.search_name like ${pattern})`)
  }
  if (query.enabled) filters.push(`s.enabled = ${param(query.enabled === 'true')}`)
  if (query.environment !== undefined) {
    const wanted =
      query.environment === ENVIRONMENT_NONE ? '' : normalizeEnvironmentUrl(query.environment)
    filters.push(`${environmentKey} = ${param(wanted)}`)
  }
  if (query.toHandle) filters.push(`${toHandle} = ${param(query.toHandle === 'true')}`)
  if (query.step !== undefined) {
    const others =
      offCatalogue.length > 0 ? `t.id = any(${param([...offCatalogue])}::text[])` : 'false'
    filters.push(`${stepSql(catalogue, others)} = ${param(query.step)}`)
  }
  const matching = filters.length > 0 ? filters.join(' and ') : 'true'

  const desc = query.order === 'desc'
  const direction = desc ? 'desc' : 'asc'
  const order = {
    name: `t.search_name ${direction}, t.id collate "C" ${direction}`,
    id: `t.id collate "C" ${direction}`,
    // Never changed first when ascending, as the mock API sorts them.
    lastChange: `s.updated_at ${direction} nulls ${desc ? 'last' : 'first'}, t.id collate "C" ${direction}`,
  }[query.sort]

  // The step needs the dates of the last key saved and the last test, for every tenant.
  const from = `from tenants t join france_connect_settings s on s.tenant_id = t.id
    left join tenant_onboarding o on o.tenant_id = t.id
    ${query.step === undefined ? '' : milestoneJoinsSql()}
    where ${visible}`
  return { params, param, from, toHandle, matching, order }
}

const ROW_COLUMNS = `t.id, t.name, s.enabled, s.client_id, s.environment_url,
  s.secret_ciphertext is not null as secret_configured, s.last_test_outcome, s.last_tested_at,
  s.updated_at, s.updated_by, ${onboardingColumns('o')}`

function summaryOf(
  row: SummaryRow,
  catalogue: readonly Environment[],
  journal: readonly HistoryEntry[],
  clock: OverviewClock,
): TenantSummary {
  const base = {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    environmentUrl: row.environment_url,
    secretConfigured: row.secret_configured,
    lastTest:
      row.last_test_outcome && row.last_tested_at
        ? { at: new Date(row.last_tested_at).toISOString(), outcome: row.last_test_outcome }
        : null,
    lastChange: row.updated_at
      ? { at: new Date(row.updated_at).toISOString(), by: row.updated_by }
      : null,
  }
  const onboarding = onboardingSummaryOf(row, keySettingsOf(row), journal, catalogue, clock)
  const toHandle: string[] = toHandleReasons(base, catalogue)
  if (onboarding.waiting) toHandle.push('onboarding-waiting')
  return { ...base, toHandle, onboarding }
}

const keySettingsOf = (row: SummaryRow): KeySettings => ({
  enabled: row.enabled,
  clientId: row.client_id,
  clientSecretConfigured: row.secret_configured,
  environmentUrl: row.environment_url,
  updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
  updatedBy: row.updated_by,
})

/**
 * The rows as the overview shows them: one more query, for the milestones' entries of the rows
 * that can have milestones (a production key with its secret; none without).
 */
async function summariesOf(
  db: Queryable,
  rows: readonly SummaryRow[],
  catalogue: readonly Environment[],
  clock: OverviewClock,
): Promise<TenantSummary[]> {
  const keyed = rows.filter((row) => {
    const settings = keySettingsOf(row)
    return settings.clientSecretConfigured && keyKindOf(settings, catalogue) === 'production'
  })
  const journals = await milestoneEntries(
    db,
    keyed.map((row) => row.id),
  )
  return rows.map((row) => summaryOf(row, catalogue, journals.get(row.id) ?? [], clock))
}

/** One page of the overview, and the counts over every tenant these rights see. */
export async function overviewPage(
  db: Queryable,
  query: TenantsQuery,
  rights: TenantRights,
  catalogue: readonly Environment[],
  clock: OverviewClock,
): Promise<TenantsPage> {
  const sql = overviewSql(
    query,
    rights,
    catalogue,
    clock,
    await offCatalogueFor(db, query, catalogue),
  )
  const countParams = [...sql.params]
  const [counts] = await db.query<CountRow>(
    `select count(*)::int as total,
       count(*) filter (where s.enabled)::int as enabled,
       count(*) filter (where ${sql.toHandle})::int as to_handle,
       count(*) filter (where ${sql.matching})::int as matching
     ${sql.from}`,
    countParams,
  )
  const limit = sql.param(query.pageSize)
  const offset = sql.param((query.page - 1) * query.pageSize)
  const rows = await db.query<SummaryRow>(
    `select ${ROW_COLUMNS} ${sql.from} and ${sql.matching}
     order by ${sql.order} limit ${limit} offset ${offset}`,
    sql.params,
  )
  const total = counts?.total ?? 0
  const enabled = counts?.enabled ?? 0
  return {
    items: await summariesOf(db, rows, catalogue, clock),
    page: query.page,
    pageSize: query.pageSize,
    total: counts?.matching ?? 0,
    summary: { total, enabled, disabled: total - enabled, toHandle: counts?.to_handle ?? 0 },
  }
}

/** Every tenant the filters keep (these rights apart), in the overview's order: the CSV export. */
export async function overviewRows(
  db: Queryable,
  query: TenantsQuery,
  rights: TenantRights,
  catalogue: readonly Environment[],
  clock: OverviewClock,
): Promise<TenantSummary[]> {
  const sql = overviewSql(
    query,
    rights,
    catalogue,
    clock,
    await offCatalogueFor(db, query, catalogue),
  )
  const rows = await db.query<SummaryRow>(
    `select ${ROW_COLUMNS} ${sql.from} and ${sql.matching} order by ${sql.order}`,
    sql.params,
  )
  return summariesOf(db, rows, catalogue, clock)
}
