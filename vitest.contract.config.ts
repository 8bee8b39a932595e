import { defineConfig } from 'vitest/config'

/** The REST contract suite: the mock API by default, a real backend with API_BASE_URL. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['contract/tests/**/*.contract.test.ts'],
    setupFiles: process.env.API_BASE_URL ? [] : ['src/mocks/contract-setup.ts'],
    testTimeout: 15_000,
  },
})
