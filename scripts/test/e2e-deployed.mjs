// `npm run test:e2e:deployed`: QA's kit in its deployed mode, as against an app already
// deployed: here this repository's reference server, started for it in its local mode on a
// fresh embedded database, with tenants made by `npm run tenants -- add`. Runs
// `PLAYWRIGHT_BASE_URL=<its address> E2E_TENANTS=… npm run test:e2e` twice on the same
// tenants: a journey must leave nothing that fails the next run. Arguments go to playwright.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServerProcess } from '../support/server-process.mjs'

const root = new URL('../..', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'e2e-deployed-'))
const DATA_DIR = join(folder, 'data')
const TENANTS = ['essai-1', 'essai-2', 'essai-3', 'essai-4']

// The server serves the build it finds when it starts.
execFileSync(process.execPath, [join(root, 'scripts/build/ensure-build.mjs')], { stdio: 'inherit' })
for (const id of TENANTS) {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli/tenants.ts',
      'add',
      id,
      '--name',
      `Espace d’essai ${id}`,
      '--portal-url',
      `https://${id}.example.fr`,
    ],
    { cwd: root, env: { ...process.env, DATA_DIR }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
}
const server = startServerProcess({ DATA_DIR, PORT: '0' })
let code = 1
try {
  const url = await server.url
  for (const run of [1, 2]) {
    console.log(`\nParcours contre l’application déployée ${url} (passage ${run} sur 2)`)
    const result = spawnSync(
      'npm',
      ['run', '--silent', 'test:e2e', '--', ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, PLAYWRIGHT_BASE_URL: url, E2E_TENANTS: TENANTS.join(',') },
      },
    )
    code = result.status ?? 1
    if (code !== 0) break
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  const exit = await server.stop()
  if (exit !== 0 && exit !== null) console.error(`le serveur s’est arrêté avec le code ${exit}`)
  rmSync(folder, { recursive: true, force: true })
}
process.exit(code)
