import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../db/database'
import { insertSession, insertSignInAttempt } from '../db/sessions-repository'
import { buildApp } from '../http/app'
import { embeddedDatabase, newKeyring, type TestDatabase } from '../test/databases'

const HOUR = 3_600_000

async function addSession(db: Database, id: string, lastSeen: Date, expires: Date) {
  await insertSession(
    db,
    {
      idHash: id,
      subject: id,
      name: id,
      email: null,
      emailVerified: false,
      claimedTenants: [],
      idToken: null,
      expiresAt: expires,
    },
    lastSeen,
  )
}

const count = async (db: Database, table: string) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n

describe('expired sessions and unfinished sign-ins', () => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await embeddedDatabase()
  })
  afterAll(() => database.cleanup())

  it('are deleted when the server starts, then regularly, and live ones are kept', async () => {
    const { db } = database
    const now = Date.now()
    await addSession(db, 'expiree', new Date(now - HOUR), new Date(now - 1000))
    await addSession(db, 'inactive', new Date(now - 2 * HOUR), new Date(now + HOUR))
    await addSession(db, 'active', new Date(now - 60_000), new Date(now + HOUR))
    const attempt = { browserHash: 'h', nonce: 'n', codeVerifier: null, returnTo: '/' }
    await insertSignInAttempt(db, { ...attempt, state: 'ancienne' }, new Date(now - HOUR))
    await insertSignInAttempt(db, { ...attempt, state: 'en-cours' }, new Date(now - 60_000))

    const app = await buildApp({
      db,
      keyring: newKeyring(),
      logger: pino({ level: 'silent' }),
      files: new Map(),
      defaultTenant: 'portaildesaides',
      sessionPolicy: { idleMinutes: 30, maxHours: 12 },
      purgeEveryMs: 100,
    })
    await vi.waitFor(async () => expect(await count(db, 'sessions')).toBe(1))
    expect(await db.query('select id_hash from sessions')).toEqual([{ id_hash: 'active' }])
    expect(await db.query('select state from sign_in_attempts')).toEqual([{ state: 'en-cours' }])

    // A session that expires while the server runs goes at a later round.
    await addSession(db, 'plus-tard', new Date(now - HOUR), new Date(Date.now() - 1))
    expect(await count(db, 'sessions')).toBe(2)
    await vi.waitFor(async () => expect(await count(db, 'sessions')).toBe(1))
    await app.close()
  })
})
