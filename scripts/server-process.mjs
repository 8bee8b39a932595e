// The reference server as a child process, and PostgreSQL databases made for it: shared by the
// scripts that run something against the real server (contract suite, benchmark).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startThrowawayPostgres } from './postgres.mjs'

const root = new URL('..', import.meta.url).pathname

/**
 * Starts `server/main.ts` on a free port with `env`; `url` resolves once it serves. Its logs
 * (info, as in production) are read until then, and dropped afterwards.
 */
export function startServerProcess(env) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  const url = new Promise((resolve, reject) => {
    const collect = (chunk) => {
      output += chunk
      const match = /est servi sur (http:\/\/[^ "]+)/.exec(output)
      if (!match) return
      child.stdout.off('data', collect)
      child.stdout.resume()
      resolve(match[1])
    }
    child.stdout.on('data', collect)
    child.on('exit', (code) => reject(new Error(`le serveur s’est arrêté (${code}) :\n${output}`)))
  })
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', resolve)
        child.kill('SIGTERM')
      }),
  }
}

/**
 * A new database on TEST_DATABASE_URL's server (or on a throwaway cluster), with the
 * environment a server needs to use it; `drop()` removes it (and the cluster).
 */
export async function newPostgresDatabase(prefix) {
  const throwaway = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres()
  const adminUrl = process.env.TEST_DATABASE_URL ?? throwaway.url
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    env: {
      DATABASE_URL: url.toString(),
      SECRETS_KEY: randomBytes(32).toString('base64'),
      SEED_DEMO: '1',
    },
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
      throwaway?.stop()
    },
  }
}
