import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { SESSION_COOKIE } from '../auth/cookies'
import { createOidcClient } from '../auth/oidc'
import { openSession } from '../auth/sessions'
import { buildApp } from '../http/app'
import { addTenant } from './app'
import { embeddedDatabase, newKeyring, type TestDatabase } from './databases'

export const PUBLIC_URL = new URL('http://127.0.0.1:8080/')
export const SAME_ORIGIN = { origin: PUBLIC_URL.origin, 'sec-fetch-site': 'same-origin' }

export interface SignedInApp {
  app: FastifyInstance
  database: TestDatabase
  /** Where it listens, for raw requests. */
  address: { host: string; port: number }
  /** A tenant of its database. */
  tenantId: string
  /** The session cookie of a person signed in, whose provider grants these tenants. */
  cookieOf(person: { subject: string; name: string; tenants: '*' | string[] }): Promise<string>
  close(): Promise<void>
}

/** The server with sign-in configured (its provider never reached), listening on a port. */
export async function signedInApp(): Promise<SignedInApp> {
  const database = await embeddedDatabase()
  const tenantId = await addTenant(database.db, 'cible')
  const keyring = newKeyring()
  const oidc = createOidcClient({
    // Never reached: nobody signs in here.
    issuer: new URL('https://127.0.0.1:9/'),
    clientId: 'reglages',
    clientSecret: 'secret-du-client-de-test',
    publicUrl: PUBLIC_URL,
    scopes: 'openid',
    tenantsClaim: 'fc_tenants',
    acrValues: null,
    emailsVerified: false,
  })
  const policy = { idleMinutes: 30, maxHours: 12 }
  const app = await buildApp({
    db: database.db,
    keyring,
    logger: pino({ level: 'silent' }),
    files: new Map([
      [
        '/index.html',
        { type: 'text/html', etag: '"i"', immutable: false, identity: Buffer.from('<html>') },
      ],
    ]),
    defaultTenant: tenantId,
    auth: { kind: 'oidc', publicUrl: PUBLIC_URL, oidc },
    sessionPolicy: policy,
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    app,
    database,
    address: { host: '127.0.0.1', port: (app.server.address() as AddressInfo).port },
    tenantId,
    async cookieOf({ subject, name, tenants }) {
      const { token } = await openSession(
        { db: database.db, keyring, clock: () => new Date(), policy },
        {
          subject,
          name,
          email: null,
          emailVerified: false,
          tenantsClaim: tenants,
          idToken: 'jeton',
        },
      )
      return `${SESSION_COOKIE}=${token}`
    },
    async close() {
      await app.close()
      await database.cleanup()
    },
  }
}
