import { defineConfig, devices } from '@playwright/test'
import { deployedApp, deployedStorageState, deployedWorkers } from './e2e/support/deployed-app'
import type { E2EOptions } from './e2e/support/fixtures'
import { E2E_CLIENT, referenceServer, storageStateOf } from './e2e/support/reference-server'
import { journeyChromium } from './scripts/support/chromium-path.mjs'

/**
 * Three targets (projects), and which journeys each plays is decided by their tags alone
 * (e2e/support/where.ts):
 * - `mock`: the production build of this repository served by `vite preview` (its
 *   config.json turns the mock API on);
 * - `server`: the reference server (`npm start`, on PostgreSQL), when TEST_DATABASE_URL
 *   names a PostgreSQL server (`npm run test:e2e` starts a throwaway one);
 * - `deployed`, with PLAYWRIGHT_BASE_URL: an app already deployed, in front of its own backend
 *   (e2e/support/deployed-app.ts says what it needs to be told).
 */
const port = Number(process.env.PREVIEW_PORT ?? 4173)
/**
 * The four servers start together on the machine's cores (the reference server also creates
 * its PostgreSQL database): usually in a few seconds, but once over 60 s on a loaded 2-core
 * machine. Waiting longer costs nothing when they are quick.
 */
const SERVER_START_TIMEOUT_MS = 120_000
const executablePath = journeyChromium()
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: executablePath ? { executablePath } : {},
}

export default defineConfig<E2EOptions>({
  testDir: 'e2e',
  // Journeys only: e2e/support's own modules have Vitest tests (*.test.ts).
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Against this repository's build, a failing journey runs once more, traced (recording every
  // run would cost a third of the suite's time); against a deployed app, every failure is traced.
  retries: deployedApp ? 0 : 1,
  // On a deployed app, each worker owns two of the tenants it was given: no more workers than that.
  workers: deployedApp
    ? deployedWorkers(Number(process.env.E2E_WORKERS ?? 2))
    : Number(process.env.E2E_WORKERS ?? 2),
  timeout: 30_000,
  expect: {
    timeout: 7_000,
    // Screenshot baselines, made in the project's Chromium; a little room for anti-aliasing.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['./e2e/support/skip-reasons.ts'],
  ],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: deployedApp ? 'retain-on-failure' : 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: deployedApp
    ? [
        {
          name: 'deployed',
          use: {
            ...chromium,
            baseURL: deployedApp,
            target: 'deployed' as const,
            ...(deployedStorageState ? { storageState: deployedStorageState } : {}),
          },
        },
      ]
    : [
        {
          name: 'mock',
          use: { ...chromium, baseURL: `http://127.0.0.1:${port}/`, target: 'mock' as const },
        },
        ...(referenceServer
          ? [
              {
                // Signs Bruno (every tenant) in once; the server journeys start signed in.
                name: 'server-sign-in',
                testMatch: 'sign-in.setup.ts',
                use: {
                  ...chromium,
                  baseURL: `http://127.0.0.1:${referenceServer.port}/`,
                  ignoreHTTPSErrors: true,
                },
              },
              {
                name: 'server',
                dependencies: ['server-sign-in'],
                use: {
                  ...chromium,
                  target: 'server' as const,
                  baseURL: `http://127.0.0.1:${referenceServer.port}/`,
                  // The provider's certificate comes from the test CA, unknown to Chromium.
                  ignoreHTTPSErrors: true,
                  storageState: storageStateOf('bruno'),
                  mockApi: false,
                  referenceServer,
                },
              },
            ]
          : []),
      ],
  webServer: deployedApp
    ? []
    : [
        {
          // The build is made before (npm run test:e2e, npm test).
          command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
          url: `http://127.0.0.1:${port}/`,
          reuseExistingServer: !process.env.CI,
          timeout: SERVER_START_TIMEOUT_MS,
        },
        ...(referenceServer
          ? [
              {
                command: 'node --import tsx server/dev/oidc-provider-main.ts',
                url: `${referenceServer.issuer}/.well-known/openid-configuration`,
                ignoreHTTPSErrors: true,
                env: {
                  E2E_PKI_DIR: referenceServer.pkiDirectory,
                  E2E_PROVIDER_PORT: String(referenceServer.providerPort),
                  E2E_PUBLIC_URL: `http://127.0.0.1:${referenceServer.port}/`,
                  E2E_CLIENT_ID: E2E_CLIENT.id,
                  E2E_CLIENT_SECRET: E2E_CLIENT.secret,
                },
                reuseExistingServer: false,
                timeout: SERVER_START_TIMEOUT_MS,
              },
              {
                command: 'node --import tsx server/dev/franceconnect-stand-in-main.ts',
                url: `${referenceServer.franceConnectUrl}/api/v2/.well-known/openid-configuration`,
                ignoreHTTPSErrors: true,
                env: {
                  E2E_PKI_DIR: referenceServer.pkiDirectory,
                  E2E_FRANCECONNECT_PORT: String(referenceServer.franceConnectPort),
                },
                reuseExistingServer: false,
                timeout: SERVER_START_TIMEOUT_MS,
              },
              {
                command: 'node scripts/test/e2e-server.mjs',
                url: `http://127.0.0.1:${referenceServer.port}/readyz`,
                env: {
                  PORT: String(referenceServer.port),
                  E2E_DATABASE_URL: referenceServer.databaseUrl,
                  OIDC_ISSUER: referenceServer.issuer,
                  OIDC_CLIENT_ID: E2E_CLIENT.id,
                  OIDC_CLIENT_SECRET: E2E_CLIENT.secret,
                  OIDC_SCOPES: E2E_CLIENT.scopes,
                  PUBLIC_URL: `http://127.0.0.1:${referenceServer.port}/`,
                  NODE_EXTRA_CA_CERTS: `${referenceServer.pkiDirectory}/ca.pem`,
                  FRANCECONNECT_ALLOWED_HOSTS: new URL(referenceServer.franceConnectUrl).host,
                },
                reuseExistingServer: false,
                timeout: SERVER_START_TIMEOUT_MS,
              },
            ]
          : []),
      ],
})
