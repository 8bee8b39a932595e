import type { ConnectionTest } from '#contract/connection-test'
import type { Queryable } from './database'

interface TestRow {
  id: string
  started_at: Date
  finished_at: Date
  actor_name: string
  actor_subject: string | null
  outcome: ConnectionTest['outcome']
  environment_url: string
  issuer: string | null
  checks: ConnectionTest['checks']
}

const testOf = (row: TestRow): ConnectionTest => ({
  id: row.id,
  startedAt: new Date(row.started_at).toISOString(),
  finishedAt: new Date(row.finished_at).toISOString(),
  actor: { name: row.actor_name, subject: row.actor_subject },
  outcome: row.outcome,
  environmentUrl: row.environment_url,
  issuer: row.issuer,
  checks: row.checks,
})

export async function insertConnectionTest(
  db: Queryable,
  tenantId: string,
  test: Omit<ConnectionTest, 'id'>,
): Promise<ConnectionTest> {
  const [row] = await db.query<TestRow>(
    `insert into connection_tests (tenant_id, started_at, finished_at, actor_name, actor_subject,
       outcome, environment_url, issuer, checks)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
     returning id::text as id, started_at, finished_at, actor_name, actor_subject, outcome,
       environment_url, issuer, checks`,
    [
      tenantId,
      test.startedAt,
      test.finishedAt,
      test.actor.name,
      test.actor.subject,
      test.outcome,
      test.environmentUrl,
      test.issuer,
      JSON.stringify(test.checks),
    ],
  )
  if (!row) throw new Error('connection test not saved')
  return testOf(row)
}

export async function lastConnectionTest(
  db: Queryable,
  tenantId: string,
): Promise<ConnectionTest | null> {
  const [row] = await db.query<TestRow>(
    `select id::text as id, started_at, finished_at, actor_name, actor_subject, outcome,
       environment_url, issuer, checks
     from connection_tests where tenant_id = $1 order by connection_tests.id desc limit 1`,
    [tenantId],
  )
  return row ? testOf(row) : null
}

/**
 * Marks a test of this tenant as running, unless one already is (started less than
 * `staleAfterMs` ago): one test per tenant at a time, across processes.
 */
export async function startTestRun(
  db: Queryable,
  tenantId: string,
  now: Date,
  staleAfterMs: number,
): Promise<boolean> {
  const rows = await db.query(
    `insert into connection_test_runs (tenant_id, started_at) values ($1, $2)
     on conflict (tenant_id) do update set started_at = excluded.started_at
       where connection_test_runs.started_at < $3
     returning tenant_id`,
    [tenantId, now.toISOString(), new Date(now.getTime() - staleAfterMs).toISOString()],
  )
  return rows.length === 1
}

export async function endTestRun(db: Queryable, tenantId: string): Promise<void> {
  await db.query('delete from connection_test_runs where tenant_id = $1', [tenantId])
}

/** Keeps the tenant's last test beside its settings, for the overview. */
export async function recordLastTest(
  tx: Queryable,
  tenantId: string,
  outcome: ConnectionTest['outcome'],
  at: Date,
): Promise<void> {
  await tx.query(
    `update france_connect_settings set last_test_outcome = $2, last_tested_at = $3
     where tenant_id = $1`,
    [tenantId, outcome, at.toISOString()],
  )
}
