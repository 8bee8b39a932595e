import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { addTenant, enableBody, issuedClientId, testApp } from '../test/app'
import { embeddedDatabase, postgresDatabase } from '../test/databases'
import type { Database } from './database'

/** The forms a secret's bytes could take in a file: as typed, UTF-16, hex, base64. */
function encodings(secret: string): Buffer[] {
  return [
    Buffer.from(secret, 'utf8'),
    Buffer.from(secret, 'utf16le'),
    Buffer.from(Buffer.from(secret).toString('hex')),
    Buffer.from(Buffer.from(secret).toString('base64')),
  ]
}

function filesUnder(directory: string, attempts = 3): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
  } catch (error) {
    // The cluster is shared: another test's database folder may go while this one is read.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempts === 1) throw error
    return filesUnder(directory, attempts - 1)
  }
}

/** A file's bytes, or nothing if it went in the meantime. */
function bytesOf(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    // The cluster is shared: other tests' databases come and go while this one is read.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0)
    throw error
  }
}

/** Files (of the folder) in which any form of the secret appears. */
function filesHolding(directory: string, secret: string): string[] {
  const needles = encodings(secret)
  return filesUnder(directory).filter((path) => {
    const bytes = bytesOf(path)
    return needles.some((needle) => bytes.includes(needle))
  })
}

/** Every row of every table, as text: what a dump would hold. */
async function dumpAsText(db: Database): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public'`,
  )
  const parts = await Promise.all(
    tables.map(({ name }) => db.query<{ row: string }>(`select t::text as row from ${name} t`)),
  )
  return parts
    .flat()
    .map(({ row }) => row)
    .join('\n')
}

async function saveSecretIn(db: Database) {
  const server = await testApp(db)
  const tenantId = await addTenant(db)
  const secret = `secret-${issuedClientId()}`
  const saved = await server.app.inject({
    method: 'PUT',
    url: `/api/tenants/${tenantId}/france-connect`,
    headers: { 'if-match': '"r1"' },
    payload: enableBody(issuedClientId(), secret),
  })
  expect(saved.json()).toMatchObject({ clientSecretConfigured: true })
  await server.close()
  return secret
}

describe('a saved secret at rest', () => {
  it('is nowhere in clear in the embedded database’s files, nor in a dump of its tables', async () => {
    const database = await embeddedDatabase()
    const secret = await saveSecretIn(database.db)
    // A control: the scan does find what is stored in clear.
    const clientId = (
      await database.db.query<{ client_id: string }>(
        `select client_id from france_connect_settings where client_id <> ''`,
      )
    )[0]?.client_id
    expect(await dumpAsText(database.db)).not.toContain(secret)
    await database.db.query('checkpoint')
    await database.db.close()
    expect(filesHolding(database.location, clientId ?? 'x').length).toBeGreaterThan(0)
    expect(filesHolding(database.location, secret)).toEqual([])
    await database.cleanup().catch(() => undefined)
  })

  it('is nowhere in clear on PostgreSQL: not in a dump of its tables, nor in the cluster’s files', async () => {
    const database = await postgresDatabase()
    const secret = await saveSecretIn(database.db)
    expect(await dumpAsText(database.db)).not.toContain(secret)
    const clusterFiles = inject('postgresDataDirectory')
    if (clusterFiles) {
      const admin = new pg.Client({ connectionString: inject('postgresUrl') })
      await admin.connect()
      await admin.query('checkpoint')
      await admin.end()
      expect(filesHolding(clusterFiles, secret)).toEqual([])
    }
    await database.cleanup()
  })
})
