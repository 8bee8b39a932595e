// The two states a journey starts a tenant in, set through the REST contract like any other
// client would: on the reference server (tenants made for the journey) and on a deployed app
// (the worker's own tenants, put back in that state before each journey).
import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'
import { DEFAULT_BUTTON_VARIANT, DEFAULT_CONNECTION_TEXT } from '../../contract/settings'

/** A client ID in the format FranceConnect issues (64 hex characters), different on every call. */
export function issuedClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export const newSecret = () => `secret-${issuedClientId()}`

async function put(request: APIRequestContext, tenantId: string, data: object) {
  const path = `api/tenants/${encodeURIComponent(tenantId)}/france-connect`
  const current = await request.get(path)
  expect(current.status(), `GET ${path}: ${await current.text()}`).toBe(200)
  const saved = await request.put(path, {
    headers: { 'If-Match': current.headers().etag ?? '*' },
    data,
  })
  expect(saved.status(), `PUT ${path}: ${await saved.text()}`).toBe(200)
}

/** As never configured: FranceConnect off, no key, no secret (erased: contract 1.2). */
export async function resetToNew(request: APIRequestContext, tenantId: string) {
  await put(request, tenantId, {
    enabled: false,
    buttonVariant: DEFAULT_BUTTON_VARIANT,
    connectionText: DEFAULT_CONNECTION_TEXT,
    clientId: '',
    environmentUrl: '',
    clientSecret: null,
    previewBackground: null,
  })
}

/** On, in production, with a key of its own and a stored secret, FCboutons-10 on white. */
export async function configureInProduction(request: APIRequestContext, tenantId: string) {
  await put(request, tenantId, {
    enabled: true,
    buttonVariant: DEFAULT_BUTTON_VARIANT,
    connectionText: DEFAULT_CONNECTION_TEXT,
    clientId: issuedClientId(),
    environmentUrl: 'https://app.franceconnect.gouv.fr',
    previewBackground: '#FFFFFF',
    clientSecret: newSecret(),
  })
}
