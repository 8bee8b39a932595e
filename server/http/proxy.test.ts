import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createOidcClient } from '../auth/oidc'
import { loadConfig } from '../config'
import { embeddedDatabase, newKeyring, type TestDatabase } from '../test/databases'
import { buildApp } from './app'

/** Behind one proxy, which appends the address it saw to X-Forwarded-For. */
describe('behind a reverse proxy (TRUST_PROXY=1)', () => {
  let database: TestDatabase
  let app: FastifyInstance

  beforeAll(async () => {
    database = await embeddedDatabase()
    const config = loadConfig({
      OIDC_ISSUER: 'https://127.0.0.1:9/',
      OIDC_CLIENT_ID: 'reglages',
      OIDC_CLIENT_SECRET: 'secret-du-client-de-test',
      PUBLIC_URL: 'https://reglages.example.fr/',
      TRUST_PROXY: '1',
    })
    if (!config.oidc) throw new Error('sign-in expected')
    app = await buildApp({
      db: database.db,
      keyring: newKeyring(),
      logger: pino({ level: 'silent' }),
      files: new Map(),
      defaultTenant: 'portaildesaides',
      trustProxy: config.trustProxy,
      auth: { kind: 'oidc', publicUrl: config.oidc.publicUrl, oidc: createOidcClient(config.oidc) },
    })
  })
  afterAll(async () => {
    await app.close()
    await database.cleanup()
  })

  const signIn = (forwardedFor: string) =>
    app.inject({
      method: 'GET',
      url: '/auth/login',
      headers: { 'x-forwarded-for': forwardedFor },
      remoteAddress: '10.0.0.5',
    })

  it('counts sign-ins per client address, which a client cannot choose by writing its own X-Forwarded-For', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 31; attempt += 1) {
      // The client wrote the first address; the proxy appended the one it saw.
      statuses.push((await signIn(`198.51.100.${attempt}, 203.0.113.7`)).statusCode)
    }
    expect(statuses.slice(0, 30)).not.toContain(429)
    expect(statuses[30]).toBe(429)
    // Another client behind the same proxy has its own count.
    expect((await signIn('203.0.113.8')).statusCode).not.toBe(429)
  })

  it('says HSTS on every answer, the public address being https', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/session' })
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })
})
