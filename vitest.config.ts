import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    pool: 'threads',
    // Both cores, for the server's tests too: they wait on processes and databases as much as
    // they compute.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'contract/**/*.test.ts'],
          exclude: ['contract/tests/**'],
          setupFiles: ['src/test/setup-api.ts'],
          // Pure modules and one shared mock server: no need for a fresh module graph per file.
          isolate: false,
        },
      },
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
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup-api.ts', 'src/test/setup-dom.ts'],
          css: false,
          // A whole tab rendered and driven by userEvent: seconds on a busy machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
})
