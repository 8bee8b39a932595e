import { PGlite } from '@electric-sql/pglite'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { answers, type Database, type Queryable } from './database'
import { acquireDataDirLock } from './data-dir-lock'

export interface EmbeddedDatabase extends Database {
  /** True when this start created the database files. */
  readonly created: boolean
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), in `{dataDir}/pgdata`. One process at a time:
 * a second one on the same folder would corrupt it without a word, so a lock file is taken
 * first and released on close.
 */
export async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const lock = acquireDataDirLock(dataDir)
  const directory = join(dataDir, 'pgdata')
  const created = !existsSync(join(directory, 'PG_VERSION'))
  let db: PGlite
  try {
    db = await PGlite.create(directory)
  } catch (error) {
    lock.release()
    throw error
  }
  const query = async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await db.query<Row>(sql, params as unknown[])).rows
  return {
    kind: 'embedded',
    created,
    query,
    async exec(sql) {
      await db.exec(sql)
    },
    transaction: (work) =>
      db.transaction((transaction) => {
        const tx: Queryable = {
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await transaction.query<Row>(sql, params as unknown[])).rows,
        }
        return work(tx)
      }),
    ping: () => answers(query),
    async close() {
      try {
        await db.close()
      } finally {
        lock.release()
      }
    },
  }
}
