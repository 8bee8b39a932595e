import { readdir, readFile } from 'node:fs/promises'
import type { Database } from './database'

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url)
const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/

export interface Migration {
  version: number
  name: string
  sql: string
}

/** The versioned migrations, in order: `NNN_name.sql` in server/db/migrations. */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((file) => FILE_NAME.test(file)).sort()
  return Promise.all(
    files.map(async (file) => {
      const [, version = '', name = ''] = FILE_NAME.exec(file) ?? []
      return {
        version: Number(version),
        name,
        sql: await readFile(new URL(file, MIGRATIONS_DIR), 'utf8'),
      }
    }),
  )
}

/**
 * Applies the migrations not yet applied, in one transaction, under an advisory lock: several
 * servers starting together on one PostgreSQL apply each migration exactly once.
 * Returns the versions it applied.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const pending = migrations ?? (await loadMigrations())
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('reglages-franceconnect:migrations'))`)
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`)
    const applied = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map(
        (row) => row.version,
      ),
    )
    const done: number[] = []
    for (const migration of pending) {
      if (applied.has(migration.version)) continue
      for (const statement of splitStatements(migration.sql)) await tx.query(statement)
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ])
      done.push(migration.version)
    }
    return done
  })
}

/** Splits a migration into statements (they hold no semicolon inside strings or bodies). */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean)
}
