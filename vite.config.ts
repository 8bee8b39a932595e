import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { compileHints } from './build/compile-hints.ts'
import { postcssPlugins } from './build/css.ts'
import { pruneCssVariables } from './build/css-variables.ts'
import { firstVisit, marianneInDevelopment } from './build/first-visit.ts'
import { precompress } from './build/precompress.ts'
import { prerender } from './build/prerender.ts'
import { contentSecurityPolicy } from './contract/content-security-policy.ts'

// The tab's build (vite build, with the plugins of build/), its development server (the mock
// API) and its unit, component and server tests (Vitest, one project each).
// BASE_PATH lets the app live under a sub-path (e.g. /admin/france-connect/); it must end with "/".
export default defineConfig(({ mode }) => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    firstVisit(),
    marianneInDevelopment(),
    pruneCssVariables(),
    compileHints(),
    precompress(),
    prerender(),
  ],
  css: { postcss: { plugins: postcssPlugins(mode === 'production') } },
  resolve: {
    alias: [
      // The mock API's cookie jar needs one function of this 256 KB list (see the stand-in).
      {
        find: 'tldts',
        replacement: fileURLToPath(new URL('./src/mocks/vendor/tldts-lite.ts', import.meta.url)),
      },
    ],
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    restoreMocks: true,
    pool: 'threads',
    // Both cores, for the server's tests too: they wait on processes and databases as much as
    // they compute.
    maxWorkers: 2,
    projects: [
      {
        // The reference server, on PGlite and PostgreSQL: processes, not threads (PGlite's
        // WebAssembly memory), and one database server and PGlite template for them all.
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          pool: 'forks',
          globalSetup: ['server/test/global-setup.ts'],
          // Generous: a test that starts several server processes must not fail on a busy machine.
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The tab and the contract's modules. Each test file says which environment it needs
        // (`// @vitest-environment happy-dom` for a DOM); Node's otherwise.
        extends: true,
        test: {
          name: 'app',
          environment: 'node',
          include: [
            'src/**/*.test.{ts,tsx}',
            'contract/**/*.test.ts',
            'build/**/*.test.ts',
            'e2e/support/**/*.test.ts',
          ],
          exclude: ['contract/tests/**'],
          setupFiles: ['src/test/setup-api.ts', 'src/test/setup-dom.ts'],
          css: false,
          // A whole tab rendered and driven by userEvent: seconds on a busy machine.
          testTimeout: 20_000,
        },
      },
      {
        // The REST contract suite: the mock API by default, a real backend with API_BASE_URL.
        test: {
          name: 'contract',
          environment: 'node',
          include: ['contract/tests/**/*.contract.test.ts'],
          setupFiles: process.env.API_BASE_URL ? [] : ['src/mocks/contract-setup.ts'],
          testTimeout: 15_000,
        },
      },
    ],
  },
}))
