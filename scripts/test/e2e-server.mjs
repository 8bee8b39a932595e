// Playwright's web server for the `server` project: a fresh database for the reference server
// on TEST_DATABASE_URL, then `npm start` on it (demo tenants seeded), stopped with the run.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import pg from 'pg'

const admin = process.env.TEST_DATABASE_URL
const databaseUrl = process.env.E2E_DATABASE_URL
if (!admin || !databaseUrl) {
  console.error('TEST_DATABASE_URL et E2E_DATABASE_URL sont nécessaires.')
  process.exit(1)
}
const name = new URL(databaseUrl).pathname.slice(1)
const client = new pg.Client({ connectionString: admin })
await client.connect()
await client.query(`drop database if exists ${name} with (force)`)
await client.query(`create database ${name}`)
await client.end()

const server = spawn('npm', ['start'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SECRETS_KEY: randomBytes(32).toString('base64'),
    SEED_DEMO: '1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
})
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
