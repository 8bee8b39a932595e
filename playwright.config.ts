import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable } from './scripts/chromium-path.mjs'

/**
 * Two ways to run the journeys:
 * - by default, against the production build of this repository served by `vite preview`
 *   (its config.json turns the mock API on);
 * - with PLAYWRIGHT_BASE_URL, against an app already deployed (e.g. in front of a real backend).
 */
const deployedApp = process.env.PLAYWRIGHT_BASE_URL
const port = Number(process.env.PREVIEW_PORT ?? 4173)
const baseURL = deployedApp ?? `http://127.0.0.1:${port}/`
const executablePath = chromiumExecutable()

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Against this repository's build, a failing journey runs once more, traced (recording every
  // run would cost a third of the suite's time); against a deployed app, every failure is traced.
  retries: deployedApp ? 0 : 1,
  workers: 2,
  timeout: 30_000,
  expect: {
    timeout: 7_000,
    // Screenshot baselines, made in the project's Chromium; a little room for anti-aliasing.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: deployedApp ? 'retain-on-failure' : 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: executablePath ? { executablePath } : {},
      },
    },
  ],
  webServer: deployedApp
    ? []
    : {
        command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 120_000,
      },
})
