import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase } from '../../scripts/support/postgres.mjs'
import { inject } from 'vitest'
import type { Database } from '../db/database'
import { openEmbedded } from '../db/embedded'
import { migrate } from '../db/migrate'
import { openPostgres } from '../db/postgres'
import { createKeyring, generateKeyText, parseKey, type Keyring } from '../secrets/keyring'

export const newKeyring = (): Keyring => createKeyring(parseKey(generateKeyText(), 'test'))

export interface TestDatabase {
  db: Database
  /** The PGlite folder, or the PostgreSQL URL of this test's own database. */
  location: string
  cleanup(): Promise<void>
}

/** A fresh embedded database: a copy of the suite's migrated template. */
export async function embeddedDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reglages-fc-test-'))
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true })
  const db = await openEmbedded(dataDir)
  return {
    db,
    location: dataDir,
    async cleanup() {
      await db.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The URL of a new, empty database on the suite's PostgreSQL server, and how to drop it. */
export const createPostgresDatabase = () => createDatabase(inject('postgresUrl'), 'test')

/** A fresh, migrated database of its own on the suite's PostgreSQL server. */
export async function postgresDatabase(): Promise<TestDatabase> {
  const created = await createPostgresDatabase()
  const { url } = created
  const db = await openPostgres(url, 4)
  await migrate(db)
  return {
    db,
    location: url,
    async cleanup() {
      await db.close()
      await created.drop()
    },
  }
}
