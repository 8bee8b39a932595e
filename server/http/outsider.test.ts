import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOidcClient } from '../auth/oidc'
import { openSession } from '../auth/sessions'
import { SESSION_COOKIE } from '../auth/cookies'
import { buildApp } from './app'
import { addTenant } from '../test/app'
import { embeddedDatabase, newKeyring, type TestDatabase } from '../test/databases'
import { SUBMITTED } from '../test/onboarding'
import { rawRequest } from '../test/raw-http'

const PUBLIC_URL = new URL('http://127.0.0.1:8080/')
const SAME_ORIGIN = { origin: PUBLIC_URL.origin, 'sec-fetch-site': 'same-origin' }

/**
 * Every way of spelling an API path an attacker would try: percent-encoded letters, dot
 * segments, double slashes, the absolute form, matrix parameters, encoded slashes.
 */
function spellings(path: string): string[] {
  const rest = path.slice('/api/'.length)
  const encodeLetters = (text: string) =>
    text.replace(/[a-z]/g, (letter) => `%${letter.charCodeAt(0).toString(16)}`)
  return [
    path,
    `/%61pi/${rest}`,
    `/%41PI/${rest}`,
    `/${encodeLetters('api')}/${encodeLetters(rest)}`,
    `/API/${rest}`,
    `/x/../api/${rest}`,
    `/api/./${rest}`,
    `/%2e%2e/api/${rest}`,
    `//api/${rest}`,
    `/api//${rest}`,
    `/api/${rest}/`,
    `/api/${rest}?`,
    `/api/${rest}?x=1`,
    `/api/${rest};x=1`,
    `/api;x=1/${rest}`,
    `/api/${rest.replaceAll('/', ';x/')}`,
    `/api%2F${rest.replaceAll('/', '%2F')}`,
    `http://x/api/${rest}`,
    `http://127.0.0.1:8080/api/${rest}`,
    `http://x/%61pi/${rest}`,
  ]
}

describe('an outsider without a session, with sign-in configured', () => {
  let database: TestDatabase
  let app: FastifyInstance
  let address: { host: string; port: number }
  let tenantId: string
  let sessionCookie: string
  /** A person signed in whose rights name no tenant. */
  let strangerCookie: string

  beforeAll(async () => {
    database = await embeddedDatabase()
    tenantId = await addTenant(database.db, 'cible')
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
    app = await buildApp({
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
      sessionPolicy: { idleMinutes: 30, maxHours: 12 },
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    address = { host: '127.0.0.1', port: (app.server.address() as AddressInfo).port }
    const { token } = await openSession(
      {
        db: database.db,
        keyring,
        clock: () => new Date(),
        policy: { idleMinutes: 30, maxHours: 12 },
      },
      {
        subject: 'bruno',
        name: 'Bruno Bernard',
        email: null,
        emailVerified: false,
        tenantsClaim: '*',
        idToken: 'jeton',
      },
    )
    sessionCookie = `${SESSION_COOKIE}=${token}`
    const stranger = await openSession(
      {
        db: database.db,
        keyring,
        clock: () => new Date(),
        policy: { idleMinutes: 30, maxHours: 12 },
      },
      {
        subject: 'sans-droit',
        name: 'Sacha Sans-Droit',
        email: null,
        emailVerified: false,
        tenantsClaim: [],
        idToken: 'jeton',
      },
    )
    strangerCookie = `${SESSION_COOKIE}=${stranger.token}`
  })
  afterAll(async () => {
    await app.close()
    await database.cleanup()
  })

  const routes = () => [
    { method: 'GET', path: `/api/tenants/${tenantId}/france-connect`, reveals: 'buttonVariant' },
    { method: 'GET', path: `/api/tenants/${tenantId}`, reveals: 'portalBaseUrl' },
    { method: 'GET', path: `/api/tenants/${tenantId}/france-connect/history`, reveals: 'items' },
    {
      method: 'GET',
      path: `/api/tenants/${tenantId}/france-connect/connection-test`,
      reveals: 'lastTest',
    },
    { method: 'GET', path: '/api/tenants', reveals: '"summary"' },
    { method: 'GET', path: '/api/france-connect/environments', reveals: 'franceconnect.gouv.fr' },
    { method: 'HEAD', path: `/api/tenants/${tenantId}/france-connect`, reveals: 'etag' },
    {
      method: 'PUT',
      path: `/api/tenants/${tenantId}/france-connect`,
      reveals: 'buttonVariant',
      body: JSON.stringify({ enabled: false }),
    },
    {
      method: 'POST',
      path: `/api/tenants/${tenantId}/france-connect/connection-test`,
      reveals: 'checks',
      body: '{}',
    },
    {
      method: 'GET',
      path: `/api/tenants/${tenantId}/france-connect/onboarding`,
      reveals: 'milestones',
    },
    {
      method: 'PUT',
      path: `/api/tenants/${tenantId}/france-connect/onboarding`,
      reveals: 'milestones',
      body: JSON.stringify(SUBMITTED),
    },
  ]

  const send = (
    route: ReturnType<typeof routes>[number],
    target: string,
    headers: Record<string, string> = {},
  ) =>
    rawRequest(address, {
      method: route.method,
      target,
      headers: {
        ...SAME_ORIGIN,
        'if-match': '*',
        ...(route.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(route.body === undefined ? {} : { body: route.body }),
    })

  it('reads the API with a session: the control that the requests below are well formed', async () => {
    for (const route of routes().filter((each) => each.method === 'GET')) {
      const response = await send(route, route.path, { cookie: sessionCookie })
      expect(response.status, `${route.method} ${route.path}`).toBe(200)
      expect(response.body).toContain(route.reveals)
    }
  })

  it('gets neither data nor a server error, however the path is spelled', async () => {
    const answered: string[] = []
    const wrong: string[] = []
    for (const route of routes()) {
      for (const target of spellings(route.path)) {
        const response = await send(route, target)
        const line = `${route.method} ${target} → ${response.status}`
        answered.push(line)
        const leaked =
          (route.method !== 'HEAD' && response.body.includes(route.reveals)) ||
          // The headers of a HEAD would carry the settings' version.
          response.headers.etag !== undefined
        if (response.status < 300 || response.status >= 500 || leaked) wrong.push(line)
      }
    }
    expect(answered.length).toBeGreaterThan(150)
    expect(wrong).toEqual([])
  })

  it('gets a 401 with the way to sign in from every API route, a page gets the sign-in', async () => {
    for (const route of routes()) {
      const response = await send(route, route.path)
      expect(response.status, `${route.method} ${route.path}`).toBe(401)
      if (route.method !== 'HEAD') expect(response.body).toContain('/auth/login')
    }
    const session = await rawRequest(address, { method: 'GET', target: '/api/session' })
    expect(session.status).toBe(200)
    expect(JSON.parse(session.body)).toMatchObject({ mode: 'oidc', user: null })
    const page = await rawRequest(address, {
      method: 'GET',
      target: `/tenants/${tenantId}/france-connect`,
    })
    expect(page.status).toBe(303)
    expect(page.headers.location).toContain('/auth/login?returnTo=')
  })

  it('refuses the onboarding to a person without a right on the tenant, as it refuses the settings', async () => {
    const paths = (id: string) => [
      `/api/tenants/${id}/france-connect`,
      `/api/tenants/${id}/france-connect/onboarding`,
    ]
    for (const id of [tenantId, 'espace-qui-nexiste-pas']) {
      for (const path of paths(id)) {
        for (const method of ['GET', 'PUT']) {
          const response = await send({ method, path, reveals: '', body: '{}' }, path, {
            cookie: strangerCookie,
          })
          expect(response.status, `${method} ${path}`).toBe(403)
          expect(JSON.parse(response.body)).toMatchObject({
            title: `Accès refusé à l’espace « ${id} »`,
          })
        }
      }
    }
  })

  it('refuses a write of the onboarding from another origin, even with a session', async () => {
    const route = routes().find(
      (each) => each.method === 'PUT' && each.path.endsWith('/onboarding'),
    )
    if (!route) throw new Error('no onboarding route')
    for (const headers of [
      { origin: 'https://attaquant.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://attaquant.example', 'sec-fetch-site': 'same-origin' },
      { origin: PUBLIC_URL.origin, 'sec-fetch-site': 'same-site' },
    ]) {
      const response = await send(route, route.path, { ...headers, cookie: sessionCookie })
      expect(response.status).toBe(403)
      expect(response.body).toContain('autre origine')
    }
    const read = await send({ ...route, method: 'GET' }, route.path, { cookie: sessionCookie })
    expect(JSON.parse(read.body)).toMatchObject({ updatedAt: null })
  })

  it('answers a sign-in return with bad bytes in its state as a failed sign-in, not a 500', async () => {
    for (const state of ['%00', 'a%00b', '%ED%A0%80', 'x'.repeat(2000), '%27%3B--']) {
      const response = await rawRequest(address, {
        method: 'GET',
        target: `/auth/callback?state=${state}&code=abc`,
      })
      expect(response.status, state).toBe(400)
      expect(response.body).toContain('Connexion impossible')
    }
  })
})
