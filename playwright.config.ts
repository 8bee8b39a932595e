import { defineConfig, devices } from '@playwright/test'
import type { E2EOptions } from './e2e/fixtures'
import { E2E_CLIENT, referenceServer, storageStateOf } from './e2e/reference-server'
import { journeyChromium } from './scripts/support/chromium-path.mjs'
import { BACKEND_JOURNEY } from './e2e/tags'

/**
 * Three ways to run the journeys:
 * - `mock`: against the production build of this repository served by `vite preview` (its
 *   config.json turns the mock API on);
 * - `server`: against the reference server (`npm start`, on PostgreSQL), when TEST_DATABASE_URL
 *   names a PostgreSQL server (`npm run test:e2e` starts a throwaway one);
 * - with PLAYWRIGHT_BASE_URL, against an app already deployed (e.g. in front of a real backend).
 */
const deployedApp = process.env.PLAYWRIGHT_BASE_URL
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

/**
 * The journeys that exercise a backend: the server project runs these; those that exercise the
 * tab alone (contrast bench, mock scenarios, keyboard, leave guards) run once, on the mock. In
 * `npm test` (E2E_EACH_ONCE=1), a journey through the backend (tagged BACKEND_JOURNEY, see
 * e2e/tags.ts) is played once too, on the server.
 */
const BACKEND_JOURNEYS = [
  'configure-tenant.spec.ts',
  'connection-test.spec.ts',
  'csp.spec.ts',
  'declaration.spec.ts',
  'first-visit.spec.ts',
  'history.spec.ts',
  'openapi.spec.ts',
  'overview.spec.ts',
  'secret-rebinding.spec.ts',
  'sign-in.spec.ts',
  'validation.spec.ts',
]

export default defineConfig<E2EOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Against this repository's build, a failing journey runs once more, traced (recording every
  // run would cost a third of the suite's time); against a deployed app, every failure is traced.
  retries: deployedApp ? 0 : 1,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 30_000,
  expect: {
    timeout: 7_000,
    // Screenshot baselines, made in the project's Chromium; a little room for anti-aliasing.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: deployedApp ? 'retain-on-failure' : 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: deployedApp
    ? [{ name: 'deployed', use: { ...chromium, baseURL: deployedApp } }]
    : [
        {
          name: 'mock',
          use: { ...chromium, baseURL: `http://127.0.0.1:${port}/` },
          ...(referenceServer && process.env.E2E_EACH_ONCE === '1'
            ? { grepInvert: new RegExp(BACKEND_JOURNEY) }
            : {}),
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
                testMatch: BACKEND_JOURNEYS,
                dependencies: ['server-sign-in'],
                use: {
                  ...chromium,
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
