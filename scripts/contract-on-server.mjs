// Runs the REST contract suite against the reference server, as `npm start` runs it: on the
// embedded database (a new DATA_DIR) and on PostgreSQL (a new database on TEST_DATABASE_URL,
// or on a throwaway cluster). Usage: node scripts/contract-on-server.mjs [embedded] [postgres]
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { startThrowawayPostgres } from './postgres.mjs'

const root = new URL('..', import.meta.url).pathname

function startServer(env) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk) => (output += chunk)
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /est servi sur (http:\/\/[^ "]+)/.exec(output)
      if (match) resolve(match[1])
    })
    child.on('exit', (code) => reject(new Error(`le serveur s’est arrêté (${code}) :\n${output}`)))
  })
  return {
    url,
    stop: () => new Promise((resolve) => (child.on('exit', resolve), child.kill('SIGTERM'))),
  }
}

function runContract(apiBaseUrl) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'vitest.contract.config.ts',
      ],
      { cwd: root, env: { ...process.env, API_BASE_URL: apiBaseUrl }, stdio: 'inherit' },
    )
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function onEmbedded() {
  const folder = mkdtempSync(join(tmpdir(), 'reglages-fc-contract-'))
  const server = startServer({ DATA_DIR: join(folder, '.data') })
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
  const throwaway = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres()
  const adminUrl = process.env.TEST_DATABASE_URL ?? throwaway.url
  const name = `contract_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const server = startServer({
    DATABASE_URL: url.toString(),
    SECRETS_KEY: randomBytes(32).toString('base64'),
    SEED_DEMO: '1',
  })
  try {
    const base = await server.url
    console.log(`\nContrat REST : serveur de référence, PostgreSQL (${base})`)
    return await runContract(`${base}api`)
  } finally {
    await server.stop()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
    throwaway?.stop()
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
