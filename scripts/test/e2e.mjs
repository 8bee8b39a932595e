// `npm run test:e2e`: the Playwright journeys on the mock API (vite preview) and on the
// reference server (npm start, on PostgreSQL: TEST_DATABASE_URL, or a throwaway cluster).
// Arguments go to `playwright test` (e.g. `npm run test:e2e -- --project server`).
import { execFileSync, spawn } from 'node:child_process'
import { join } from 'node:path'
import { startThrowawayPostgres } from '../support/postgres.mjs'

const root = new URL('../..', import.meta.url).pathname
execFileSync(process.execPath, [join(root, 'scripts/test/check-browser.mjs')], { stdio: 'inherit' })
execFileSync(process.execPath, [join(root, 'scripts/build/ensure-build.mjs')], { stdio: 'inherit' })

const deployed = Boolean(process.env.PLAYWRIGHT_BASE_URL)
let postgres = null
if (!deployed && !process.env.TEST_DATABASE_URL) {
  try {
    postgres = await startThrowawayPostgres()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
const env = { ...process.env, ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}) }
const child = spawn(
  process.execPath,
  [join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
)
const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
postgres?.stop()
process.exit(code)
