// The reference server as a child process, and PostgreSQL databases made for it: shared by the
// scripts that run something against the real server (contract suite, benchmark).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { freePort } from './free-port.mjs'
import { createDatabase, startThrowawayPostgres } from './postgres.mjs'

const root = new URL('../..', import.meta.url).pathname

/**
 * Starts the reference server (`server/main.ts`) on a free port with `env`. `url` resolves
 * once `/healthz` answers there (it rejects, with the process's output, if the process ends
 * first); `output()` is everything it wrote; `stop()` sends a signal and resolves with the
 * exit code.
 * @param {Record<string, string>} env
 * @returns {{ url: Promise<string>, output: () => string, stop: (signal?: NodeJS.Signals) => Promise<number | null> }}
 */
export function startServerProcess(env) {
  let output = ''
  let exited = false
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null
  /** @type {Promise<number | null>} */
  let exit = Promise.resolve(null)
  const url = (async () => {
    const port = env.PORT && env.PORT !== '0' ? Number(env.PORT) : await freePort()
    const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = started
    // The last 256 KB of what it wrote: a long benchmark logs every request.
    const keep = (chunk) => (output = (output + chunk).slice(-256 * 1024))
    started.stdout.on('data', keep)
    started.stderr.on('data', keep)
    exit = new Promise((resolve) =>
      started.on('exit', (code) => {
        exited = true
        resolve(code)
      }),
    )
    const base = `http://127.0.0.1:${port}/`
    // Generous: a first start creates its database, beside the other checks of npm test.
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      if (exited) throw new Error(`le serveur s’est arrêté (${await exit}) :\n${output}`)
      const healthy = await fetch(`${base}healthz`).then(
        (response) => response.ok,
        () => false,
      )
      if (healthy) return base
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    started.kill('SIGKILL')
    throw new Error(`le serveur ne répond pas sur ${base} :\n${output}`)
  })()
  return {
    url,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      await url.catch(() => undefined)
      if (!exited) child?.kill(signal)
      return exit
    },
  }
}

/**
 * A new database on TEST_DATABASE_URL's server (or on a throwaway cluster), with the
 * environment a server needs to use it; `drop()` removes it (and the cluster).
 */
export async function newPostgresDatabase(prefix) {
  const throwaway = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres()
  const database = await createDatabase(process.env.TEST_DATABASE_URL ?? throwaway.url, prefix)
  return {
    env: {
      DATABASE_URL: database.url,
      SECRETS_KEY: randomBytes(32).toString('base64'),
      SEED_DEMO: '1',
    },
    async drop() {
      await database.drop()
      throwaway?.stop()
    },
  }
}
