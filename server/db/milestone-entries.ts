import type { HistoryEntry } from '#contract/history'
import type { Queryable } from './database'
import { entryOf, journalColumns, type JournalRow } from './journal-repository'

/*
 * The journal entries the onboarding's milestones are derived from (`onboardingMilestones` in
 * contract/onboarding-steps.ts): of all of a tenant's journal, only the newest of each kind it
 * looks for is read, through the journal's index by tenant, newest first. Given these few
 * entries, newest first, that function finds what it would find in the whole journal.
 */

/** A settings save that changed the key: its client ID, its environment, or a secret set. */
export const keyChangeSql = (alias: string) => `${alias}.kind = 'settings-saved'
  and exists (select 1 from jsonb_array_elements(${alias}.changes) as c (change)
    where case when c.change -> 'change' is not null
      then coalesce(c.change ->> 'change', '') <> 'removed'
      else c.change ->> 'field' in ('clientId', 'environmentUrl') end)`

/** A settings save that switched FranceConnect on. */
export const switchedOnSql = (alias: string) => `${alias}.kind = 'settings-saved'
  and ${alias}.changes @> '[{"field": "enabled", "after": true}]'::jsonb`

export const lastTestSql = (alias: string) => `${alias}.kind = 'connection-tested'`

const newest = (tenant: string, where: string, columns: string) =>
  `(select ${columns} from settings_journal j where j.tenant_id = ${tenant} and ${where}
    order by j.id desc limit 1)`

/** The milestones' entries of these tenants, each tenant's newest first: one query. */
export async function milestoneEntries(
  db: Queryable,
  tenantIds: readonly string[],
): Promise<Map<string, HistoryEntry[]>> {
  const byTenant = new Map<string, HistoryEntry[]>()
  if (tenantIds.length === 0) return byTenant
  const columns = journalColumns('j')
  const rows = await db.query<JournalRow & { tenant_id: string }>(
    `select wanted.tenant_id, e.* from unnest($1::text[]) as wanted (tenant_id)
     cross join lateral (
       ${newest('wanted.tenant_id', keyChangeSql('j'), columns)}
       union all ${newest('wanted.tenant_id', lastTestSql('j'), columns)}
       union all ${newest('wanted.tenant_id', switchedOnSql('j'), columns)}
     ) as e`,
    [[...new Set(tenantIds)]],
  )
  for (const row of rows) {
    const entries = byTenant.get(row.tenant_id) ?? []
    // One entry may be the newest of two kinds (a key saved and switched on at once).
    if (!entries.some((entry) => entry.id === row.id)) entries.push(entryOf(row))
    byTenant.set(row.tenant_id, entries)
  }
  for (const entries of byTenant.values()) entries.sort((a, b) => Number(b.id) - Number(a.id))
  return byTenant
}

/**
 * For a filter on the step in SQL: per row of `tenants t`, when the key was last saved
 * (`key_entry.at`) and how the last connection test went (`last_test.at`, `.outcome`).
 */
export const milestoneJoinsSql = () => `
  left join lateral ${newest('t.id', keyChangeSql('j'), 'j.occurred_at as at')} as key_entry on true
  left join lateral ${newest(
    't.id',
    lastTestSql('j'),
    `j.occurred_at as at, j.connection_test ->> 'outcome' as outcome`,
  )} as last_test on true`
