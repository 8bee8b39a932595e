// Runs the REST contract suite against the reference server, as `npm start` runs it: on the
// embedded database (a new DATA_DIR) and on PostgreSQL (a new database on TEST_DATABASE_URL,
// or on a throwaway cluster). Usage: node scripts/test/contract-on-server.mjs [embedded] [postgres]
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newPostgresDatabase, startServerProcess } from '../support/server-process.mjs'

const root = new URL('../..', import.meta.url).pathname

function runContract(apiBaseUrl) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      // One file at a time: against a real server, every file writes the same tenant, and a
      // journal entry written by one would come between another's save and its reading.
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'contract',
        '--no-file-parallelism',
      ],
      { cwd: root, env: { ...process.env, API_BASE_URL: apiBaseUrl }, stdio: 'inherit' },
    )
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function onEmbedded() {
  const folder = mkdtempSync(join(tmpdir(), 'reglages-fc-contract-'))
  const server = startServerProcess({ DATA_DIR: join(folder, '.data') })
  try {
    const url = await server.url
    console.log(`\nContrat REST : serveur de référence, base embarquée (${url})`)
    return await runContract(`${url}api`)
  } finally {
    await server.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

async function onPostgres() {
  const database = await newPostgresDatabase('contract')
  const server = startServerProcess(database.env)
  try {
    const base = await server.url
    console.log(`\nContrat REST : serveur de référence, PostgreSQL (${base})`)
    return await runContract(`${base}api`)
  } finally {
    await server.stop()
    await database.drop()
  }
}

const targets = process.argv.slice(2)
const chosen = targets.length > 0 ? targets : ['embedded', 'postgres']
let failed = false
for (const target of chosen) {
  const code = target === 'postgres' ? await onPostgres() : await onEmbedded()
  failed ||= code !== 0
}
process.exit(failed ? 1 : 0)
