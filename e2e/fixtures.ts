import { test as base, expect, type BrowserContext } from '@playwright/test'
import { addTenant, closeTenantDatabases } from './reference-tenants'
import { FranceConnectTab } from './pages/france-connect-tab'
import { expectUniqueNames } from './pages/qa-names'
import type { ReferenceServerTarget } from './reference-server'

/** True unless the journeys target a deployed app (PLAYWRIGHT_BASE_URL) said to run without the mock API. */
export const againstMockApi = !process.env.PLAYWRIGHT_BASE_URL || process.env.E2E_MOCK_API === '1'

/**
 * Tenants the journeys use: the mock API's seeds, or a real backend's through the environment.
 * On the reference server, each journey gets tenants of its own instead (`freshTenant`,
 * `configuredTenant`).
 */
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

export interface E2EOptions {
  /** Whether the app the journeys open uses the mock API (its scenarios, its seeded tenants). */
  mockApi: boolean
  /** Set when the journeys run against this repository's reference server. */
  referenceServer: ReferenceServerTarget | null
}

interface Fixtures {
  /** A tenant never configured (FranceConnect off, no key), of this journey's own where it can be. */
  freshTenant: string
  /** A tenant on, in production, with a key and a stored secret. */
  configuredTenant: string
  /** Who the backend says saved the settings. */
  userName: string
  /**
   * A journey that needs a browser of its own (e.g. one that intercepts config.json before
   * the mock API's service worker exists): `test.use({ freshContext: true })`.
   */
  freshContext: boolean
  tab: FranceConnectTab
  /** Everything the page printed to the console during the test. */
  consoleMessages: string[]
  /** Checks QA's names after the journey, on the state it ends in. */
  uniqueNames: undefined
  /** Content-Security-Policy violations the page reported; any fails the test. */
  cspViolations: string[]
  /**
   * The bodies of every response the page received at run time: documents and API calls
   * (the mock API's included). Built assets, fixed before anything is typed, are left out.
   */
  responseBodies: string[]
}

interface WorkerFixtures {
  /** One browser context per worker: its cache and service worker stay warm across tests. */
  sharedContext: BrowserContext
  /** Closes the worker's connections to the reference server's database, at its end. */
  databaseConnections: undefined
}

export const test = base.extend<E2EOptions & Fixtures, WorkerFixtures>({
  mockApi: [againstMockApi, { option: true }],
  referenceServer: [null, { option: true }],
  databaseConnections: [
    async ({}, use) => {
      await use(undefined)
      await closeTenantDatabases()
    },
    { scope: 'worker', auto: true },
  ],
  freshTenant: async ({ referenceServer }, use) => {
    await use(referenceServer ? await addTenant(referenceServer) : tenants.fresh)
  },
  configuredTenant: async ({ referenceServer, request }, use) => {
    if (!referenceServer) {
      await use(tenants.configured)
      return
    }
    // Configured through the API, like any other client of the contract.
    const id = await addTenant(referenceServer)
    const path = `api/tenants/${id}/france-connect`
    const etag = (await request.get(path)).headers().etag ?? ''
    const saved = await request.put(path, {
      headers: { 'If-Match': etag },
      data: {
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText:
          'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne',
        clientId: issuedClientId(),
        environmentUrl: 'https://app.franceconnect.gouv.fr',
        previewBackground: '#FFFFFF',
        clientSecret: newSecret(),
      },
    })
    expect(saved.status(), await saved.text()).toBe(200)
    await use(id)
  },
  userName: async ({ referenceServer }, use) => {
    // On the reference server, the journeys run signed in as Bruno (see sign-in.setup.ts).
    await use(referenceServer ? 'Bruno Bernard' : 'Utilisateur de démonstration')
  },
  freshContext: [false, { option: true }],
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const {
        baseURL,
        locale,
        timezoneId,
        viewport,
        userAgent,
        deviceScaleFactor,
        storageState,
        ignoreHTTPSErrors,
      } = workerInfo.project.use
      const context = await browser.newContext({
        ...(baseURL ? { baseURL } : {}),
        ...(storageState ? { storageState } : {}),
        ...(ignoreHTTPSErrors ? { ignoreHTTPSErrors } : {}),
        ...(locale ? { locale } : {}),
        ...(timezoneId ? { timezoneId } : {}),
        ...(viewport ? { viewport } : {}),
        ...(userAgent ? { userAgent } : {}),
        ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
      })
      await use(context)
      await context.close()
    },
    { scope: 'worker' },
  ],
  /**
   * Each test gets a new page (so a new sessionStorage: the mock API starts from its seed)
   * in the worker's context. A retry, or a test asking for it, gets a fresh, traced context.
   */
  page: async ({ sharedContext, freshContext, permissions, context }, use, testInfo) => {
    if (freshContext || testInfo.retry > 0) {
      // The default context: Playwright traces it and screenshots it on failure.
      await use(await context.newPage())
      return
    }
    if (permissions) await sharedContext.grantPermissions(permissions)
    const page = await sharedContext.newPage()
    await use(page)
    await page.close()
    await sharedContext.clearPermissions()
  },
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = []
      await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
        violations.push(text)
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void })
            .__reportCspViolation
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          )
        })
      })
      await use(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  uniqueNames: [
    async ({ page }, use, testInfo) => {
      await use(undefined)
      // The state each journey ends in is checked too, whatever it checked on the way.
      if (testInfo.status === testInfo.expectedStatus && !page.isClosed()) {
        await expectUniqueNames(page, `end of “${testInfo.title}”`)
      }
    },
    { auto: true },
  ],
  consoleMessages: async ({ page }, use) => {
    const messages: string[] = []
    page.on('console', (message) => messages.push(message.text()))
    await use(messages)
  },
  responseBodies: async ({ page }, use) => {
    const bodies: string[] = []
    page.on('response', (response) => {
      if (!['document', 'fetch', 'xhr'].includes(response.request().resourceType())) return
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

export { expect }
export { expectNoAxeViolations, expectSoundState } from './axe'
export { expectSecretNowhere, withRequestTimeout } from './page-checks'
