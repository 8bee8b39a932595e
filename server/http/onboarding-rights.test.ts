import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBMITTED } from '../test/onboarding'
import { rawRequest } from '../test/raw-http'
import { PUBLIC_URL, SAME_ORIGIN, signedInApp, type SignedInApp } from '../test/signed-in-app'

describe('the onboarding’s rights, with sign-in configured', () => {
  let server: SignedInApp
  let granted: string
  /** A person signed in whose rights name no tenant. */
  let stranger: string

  beforeAll(async () => {
    server = await signedInApp()
    granted = await server.cookieOf({ subject: 'bruno', name: 'Bruno Bernard', tenants: '*' })
    stranger = await server.cookieOf({ subject: 'sacha', name: 'Sacha Sans-Droit', tenants: [] })
  })
  afterAll(() => server.close())

  const send = (method: string, path: string, headers: Record<string, string>) =>
    rawRequest(server.address, {
      method,
      target: path,
      headers: {
        ...SAME_ORIGIN,
        'if-match': '*',
        'content-type': 'application/json',
        ...headers,
      },
      ...(method === 'PUT' ? { body: JSON.stringify(SUBMITTED) } : {}),
    })
  const onboarding = (tenantId: string) => `/api/tenants/${tenantId}/france-connect/onboarding`

  it('refuses a person without a right on the tenant as the settings do, whether or not it exists', async () => {
    for (const tenantId of [server.tenantId, 'espace-qui-nexiste-pas']) {
      for (const path of [`/api/tenants/${tenantId}/france-connect`, onboarding(tenantId)]) {
        for (const method of ['GET', 'PUT']) {
          const response = await send(method, path, { cookie: stranger })
          expect(response.status, `${method} ${path}`).toBe(403)
          expect(JSON.parse(response.body)).toMatchObject({
            title: `Accès refusé à l’espace « ${tenantId} »`,
          })
          expect(response.headers.etag).toBeUndefined()
        }
      }
    }
  })

  it('refuses a write from another origin, even with a session, and saves nothing', async () => {
    const path = onboarding(server.tenantId)
    for (const headers of [
      { origin: 'https://attaquant.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://attaquant.example', 'sec-fetch-site': 'same-origin' },
      { origin: PUBLIC_URL.origin, 'sec-fetch-site': 'same-site' },
    ]) {
      const response = await send('PUT', path, { ...headers, cookie: granted })
      expect(response.status).toBe(403)
      expect(response.body).toContain('autre origine')
    }
    const read = await send('GET', path, { cookie: granted })
    expect(read.status).toBe(200)
    expect(read.headers.etag).toBe('"o0"')

    // The control: from the application's own page, the same write is accepted.
    const saved = await send('PUT', path, { cookie: granted })
    expect(saved.status, saved.body).toBe(200)
    expect(JSON.parse(saved.body)).toMatchObject({ updatedBy: 'Bruno Bernard' })
  })
})
