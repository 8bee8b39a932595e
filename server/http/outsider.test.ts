import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBMITTED } from '../test/onboarding'
import { rawRequest } from '../test/raw-http'
import { SAME_ORIGIN, signedInApp, type SignedInApp } from '../test/signed-in-app'

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
  let server: SignedInApp
  let address: SignedInApp['address']
  let tenantId: string
  let sessionCookie: string

  beforeAll(async () => {
    server = await signedInApp()
    ;({ address, tenantId } = server)
    sessionCookie = await server.cookieOf({ subject: 'bruno', name: 'Bruno Bernard', tenants: '*' })
  })
  afterAll(() => server.close())

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
