import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from './app'
import { addTenant, enableBody } from '../test/app'
import { embeddedDatabase, newKeyring, type TestDatabase } from '../test/databases'
import { rawRequest } from '../test/raw-http'

/**
 * The local mode (no sign-in) serves whoever reaches it, so it must be reachable from this
 * machine only: a page of another site whose name a DNS rebinding points at 127.0.0.1 (or a
 * tunnel) sends its own name as Host, and is refused before anything is read or written.
 */
describe('the local mode, reached under another name', () => {
  let database: TestDatabase
  let app: FastifyInstance
  let port: number
  let tenantId: string

  beforeAll(async () => {
    database = await embeddedDatabase()
    tenantId = await addTenant(database.db, 'local')
    app = await buildApp({
      db: database.db,
      keyring: newKeyring(),
      logger: pino({ level: 'silent' }),
      files: new Map([
        [
          '/index.html',
          { type: 'text/html', etag: '"i"', immutable: false, identity: Buffer.from('<html>') },
        ],
      ]),
      defaultTenant: tenantId,
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    port = (app.server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await app.close()
    await database.cleanup()
  })

  const request = (host: string | null, method: 'GET' | 'PUT', target: string, body?: string) => {
    const origin = host === null ? {} : { origin: `http://${host}` }
    return rawRequest(
      { host: '127.0.0.1', port },
      {
        method,
        target,
        headers: {
          ...(host === null ? {} : { host }),
          ...(method === 'PUT'
            ? {
                ...origin,
                'sec-fetch-site': 'same-origin',
                'if-match': '*',
                'content-type': 'application/json',
              }
            : {}),
        },
        ...(body === undefined ? {} : { body }),
      },
    )
  }

  it('answers a rebound name with a 421 problem, for reads, writes and pages alike', async () => {
    const settings = `/api/tenants/${tenantId}/france-connect`
    const body = JSON.stringify({ ...enableBody(), enabled: false })
    for (const host of [
      `attacker.example:${port}`,
      'attacker.example',
      `127.0.0.1.attacker.example:${port}`,
      `localhost.attacker.example:${port}`,
      `[::ffff:7f00:1]:${port}`,
      'bad host',
    ]) {
      for (const [method, target] of [
        ['GET', settings],
        ['GET', '/api/tenants'],
        ['GET', '/api/session'],
        ['GET', `/tenants/${tenantId}/france-connect`],
        ['PUT', settings],
      ] as const) {
        const response = await request(host, method, target, method === 'PUT' ? body : undefined)
        expect(response.status, `${method} ${target} Host: ${host}`).toBe(421)
        expect(response.headers['content-type']).toContain('application/problem+json')
        expect(response.body).toContain('127.0.0.1, localhost et [::1]')
        expect(response.body).not.toContain('buttonVariant')
      }
    }
    const after = await request(`127.0.0.1:${port}`, 'GET', settings)
    expect(after.headers.etag).toBe('"r1"')
  })

  it('serves 127.0.0.1, localhost and [::1], with or without a port, and writes from there', async () => {
    const settings = `/api/tenants/${tenantId}/france-connect`
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost']) {
      const response = await request(host, 'GET', settings)
      expect(response.status, host).toBe(200)
    }
    const saved = await request(
      `localhost:${port}`,
      'PUT',
      settings,
      JSON.stringify({ ...enableBody(), enabled: false }),
    )
    expect(saved.status).toBe(200)
    // The page of another local port is another origin: its write is refused.
    const otherPort = await rawRequest(
      { host: '127.0.0.1', port },
      {
        method: 'PUT',
        target: settings,
        headers: {
          host: `localhost:${port}`,
          origin: 'http://localhost:3000',
          'if-match': '*',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ ...enableBody(), enabled: false }),
      },
    )
    expect(otherPort.status).toBe(403)
  })

  it('answers an unreadable address with a problem and the security headers', async () => {
    const response = await request(`127.0.0.1:${port}`, 'GET', '/%ff')
    expect(response.status).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.headers['content-security-policy']).toContain('default-src')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(JSON.parse(response.body)).toMatchObject({ status: 400, title: 'Adresse illisible' })
    // Plain http on this machine: no HSTS, which would pin every localhost service to https.
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })
})
