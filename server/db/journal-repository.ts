import type { HistoryEntry } from '#contract/history'
import type { Queryable } from './database'
import type { Author } from './tenants-repository'

export interface JournalRow {
  id: string
  occurred_at: Date
  actor_name: string
  actor_subject: string | null
  kind: string
  revision: number | null
  changes: HistoryEntry['changes']
  connection_test: HistoryEntry['connectionTest'] | null
  settings_values: HistoryEntry['values'] | null
}

/** The columns a `JournalRow` reads, for a table aliased `alias`. */
export const journalColumns = (alias: string) =>
  `${alias}.id::text as id, ${alias}.occurred_at, ${alias}.actor_name, ${alias}.actor_subject,
   ${alias}.kind, ${alias}.revision, ${alias}.changes, ${alias}.connection_test,
   ${alias}.settings_values`

export const entryOf = (row: JournalRow): HistoryEntry => ({
  id: row.id,
  at: new Date(row.occurred_at).toISOString(),
  actor: { name: row.actor_name, subject: row.actor_subject },
  kind: row.kind,
  revision: row.revision,
  changes: row.changes,
  ...(row.settings_values ? { values: row.settings_values } : {}),
  ...(row.connection_test ? { connectionTest: row.connection_test } : {}),
})

export interface JournalEntryInput {
  tenantId: string
  at: Date
  author: Author
  kind: string
  revision: number | null
  changes: HistoryEntry['changes']
  connectionTest?: HistoryEntry['connectionTest']
  /** The settings after a save, the secret apart. */
  values?: HistoryEntry['values']
}

export async function appendJournal(tx: Queryable, entry: JournalEntryInput): Promise<void> {
  await tx.query(
    `insert into settings_journal (tenant_id, occurred_at, actor_name, actor_subject, kind,
       revision, changes, connection_test, settings_values)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb)`,
    [
      entry.tenantId,
      entry.at.toISOString(),
      entry.author.name,
      entry.author.subject,
      entry.kind,
      entry.revision,
      JSON.stringify(entry.changes),
      entry.connectionTest ? JSON.stringify(entry.connectionTest) : null,
      entry.values ? JSON.stringify(entry.values) : null,
    ],
  )
}

/** One page of a tenant's journal, newest first, and how many entries it holds in all. */
export async function listJournal(
  db: Queryable,
  tenantId: string,
  page: number,
  pageSize: number,
): Promise<{ items: HistoryEntry[]; total: number }> {
  const [count] = await db.query<{ total: number }>(
    'select count(*)::int as total from settings_journal where tenant_id = $1',
    [tenantId],
  )
  const rows = await db.query<JournalRow>(
    `select ${journalColumns('settings_journal')}
     from settings_journal where tenant_id = $1
     order by settings_journal.id desc limit $2 offset $3`,
    [tenantId, pageSize, (page - 1) * pageSize],
  )
  return { total: count?.total ?? 0, items: rows.map(entryOf) }
}
