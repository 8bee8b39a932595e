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
}

export const test = base.extend<Fixtures>({
  consoleMessages: async ({ page }, use) => {
    const messages: string[] = []
    page.on('console', (message) => messages.push(message.text()))
    await use(messages)
  },
  tab: async ({ page }, use) => {
    await use(new FranceConnectTab(page))
  },
})

/** The secret must be nowhere a user, an extension or a log could read it after saving. */
export async function expectSecretNowhere(page: Page, secret: string, consoleMessages: string[]) {
  expect(await page.content()).not.toContain(secret)
  const storage = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  )
  expect(storage).not.toContain(secret)
  expect(page.url()).not.toContain(secret)
  expect(consoleMessages.join('\n')).not.toContain(secret)
}

export { expect }
