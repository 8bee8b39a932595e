import { test as base, expect, type BrowserContext } from '@playwright/test'
import { FranceConnectTab } from '../pages/france-connect-tab'
import { expectUniqueNames } from '../pages/qa-names'
import { deployedUserName } from './deployed-app'
import { journeyTenant } from './journey-tenants'
import {
  referenceServer as referenceServerOfRun,
  type ReferenceServerTarget,
} from './reference-server'
import { closeTenantDatabases } from './reference-tenants'
import { whyNotHere, type Target } from './where'

export { issuedClientId, newSecret } from './tenant-states'
export { ON } from './where'

/** True unless the journeys target a deployed app (PLAYWRIGHT_BASE_URL) said to run without the mock API. */
export const againstMockApi = !process.env.PLAYWRIGHT_BASE_URL || process.env.E2E_MOCK_API === '1'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export interface E2EOptions {
  /** What the project's journeys run against (see where.ts). */
  target: Target
  /** Whether the app the journeys open uses the mock API (its scenarios, its seeded tenants). */
  mockApi: boolean
  /** Set when the journeys run against this repository's reference server. */
  referenceServer: ReferenceServerTarget | null
}

interface Fixtures {
  /** Plays the journey here, or skips it saying why (where.ts). Set up before anything else. */
  where: undefined
  /**
   * A tenant never configured (FranceConnect off, no key), that no other running journey uses:
   * the mock API's seed (each page has its own mock data), a tenant made for the journey on
   * the reference server, the worker's own on a deployed app (put back in that state first).
   */
  freshTenant: string
  /** A tenant on, in production, with a key and a stored secret, no other running journey's. */
  configuredTenant: string
  /** Who the backend says saved the settings, as a pattern (any name where it is not known). */
  author: RegExp
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
  target: ['mock', { option: true }],
  mockApi: [againstMockApi, { option: true }],
  referenceServer: [null, { option: true }],
  where: [
    async ({ target, mockApi }, use, testInfo) => {
      const why = whyNotHere(testInfo.tags, {
        target,
        mockApi,
        withReferenceServer: referenceServerOfRun !== null,
      })
      testInfo.skip(why !== null, why ?? '')
      await use(undefined)
    },
    { auto: true },
  ],
  databaseConnections: [
    async ({}, use) => {
      await use(undefined)
      await closeTenantDatabases()
    },
    { scope: 'worker', auto: true },
  ],
  freshTenant: async ({ mockApi, referenceServer, request }, use, testInfo) => {
    await use(await journeyTenant('fresh', { mockApi, referenceServer, request }, testInfo))
  },
  configuredTenant: async ({ mockApi, referenceServer, request }, use, testInfo) => {
    await use(await journeyTenant('configured', { mockApi, referenceServer, request }, testInfo))
  },
  author: async ({ mockApi, referenceServer }, use) => {
    // On the reference server, the journeys run signed in as Bruno (see sign-in.setup.ts).
    if (mockApi) await use(/Utilisateur de démonstration/)
    else if (referenceServer) await use(/Bruno Bernard/)
    else await use(deployedUserName ? new RegExp(escape(deployedUserName)) : /\S+/)
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
