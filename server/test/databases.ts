import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
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
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('postgresUrl')
  const name = `test_${crypto.randomUUID().replaceAll('-', '')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

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
