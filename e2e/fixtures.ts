import { test as base, expect, type Page } from '@playwright/test'
import { FranceConnectTab } from './pages/france-connect-tab'

/** True unless the journeys target a deployed app (PLAYWRIGHT_BASE_URL) said to run without the mock API. */
export const againstMockApi = !process.env.PLAYWRIGHT_BASE_URL || process.env.E2E_MOCK_API === '1'

/** Tenants the journeys use: the mock API's seeds, or a real backend's through the environment. */
export const tenants = {
  /** Never configured: FranceConnect off, no key. */
  fresh: process.env.E2E_NEW_TENANT ?? 'portaildesaides',
  /** On, with a key and a stored secret, in production. */
  configured: process.env.E2E_CONFIGURED_TENANT ?? 'mairie-exemple',
}

/** A client ID in the format FranceConnect issues (64 hex characters), different on every call. */
export function issuedClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export const newSecret = () => `secret-${issuedClientId()}`

interface Fixtures {
  tab: FranceConnectTab
  /** Everything the page printed to the console during the test. */
  consoleMessages: string[]
  /** The bodies of every response the page received (the mock API's included). */
  responseBodies: string[]
}

export const test = base.extend<Fixtures>({
  consoleMessages: async ({ page }, use) => {
    const messages: string[] = []
    page.on('console', (message) => messages.push(message.text()))
    await use(messages)
  },
  responseBodies: async ({ page }, use) => {
    const bodies: string[] = []
    page.on('response', (response) => {
      response.text().then(
        (text) => bodies.push(text),
        () => undefined, // a body that never came (aborted request) holds no secret
      )
    })
    await use(bodies)
  },
  tab: async ({ page }, use) => {
    await use(new FranceConnectTab(page))
  },
})

interface Witnesses {
  consoleMessages: string[]
  responseBodies: string[]
}

/**
 * The secret must be nowhere a user, an extension or a log could read it: the page
 * (markup and field values), storage, URLs, console, and every response received.
 */
export async function expectSecretNowhere(page: Page, secret: string, witnesses: Witnesses) {
  expect(await page.content()).not.toContain(secret)
  const fieldValues = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea'), (field) =>
      field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '',
    ).join('\n'),
  )
  expect(fieldValues).not.toContain(secret)
  const storage = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  )
  expect(storage).not.toContain(secret)
  expect(page.url()).not.toContain(secret)
  expect(witnesses.consoleMessages.join('\n')).not.toContain(secret)
  expect(witnesses.responseBodies.length).toBeGreaterThan(0)
  expect(witnesses.responseBodies.join('\n')).not.toContain(secret)
}

/** Serves the app's config.json with a shorter request timeout (first load, before the mock starts). */
export async function withRequestTimeout(page: Page, requestTimeoutMs: number) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch()
    const config = (await response.json()) as Record<string, unknown>
    await route.fulfill({ response, json: { ...config, requestTimeoutMs } })
  })
}

export { expect }
