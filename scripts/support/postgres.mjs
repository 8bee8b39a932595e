// A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, on a free
// port of 127.0.0.1, trusted local connections, removed when stopped. Uses the machine's
// PostgreSQL binaries (Debian: apt-get install postgresql); as root, runs them as `postgres`.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './free-port.mjs'

function binDirectory() {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((version) => existsSync(join(debian, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))
    if (versions[0]) return join(debian, versions[0], 'bin')
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim()
  return found ? join(found, '..') : null
}

export function postgresMissingMessage() {
  return `Aucun PostgreSQL pour les tests du serveur (initdb introuvable).
Installez-le, au choix :
  - sous Debian/Ubuntu : sudo apt-get install postgresql
  - ou indiquez les binaires : POSTGRES_BIN=/chemin/vers/bin npm test
  - ou un serveur existant (une base par test y est créée puis supprimée) :
    TEST_DATABASE_URL=postgres://utilisateur@hôte:port/postgres npm test`
}

/** Starts a cluster; resolves to its URL (database `postgres`) and a stop function. */
export async function startThrowawayPostgres() {
  const bin = binDirectory()
  if (!bin) throw new Error(postgresMissingMessage())
  const asRoot = process.getuid?.() === 0
  const user = asRoot ? 'postgres' : userInfo().username
  const run = (program, args) => {
    const command = asRoot ? 'runuser' : join(bin, program)
    const fullArgs = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args
    execFileSync(command, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'] })
  }
  const folder = mkdtempSync(join(tmpdir(), 'reglages-fc-pg-'))
  chmodSync(folder, 0o777)
  const data = join(folder, 'data')
  const port = await freePort()
  run('initdb', ['-D', data, '-A', 'trust', '-U', user, '--no-sync', '-E', 'UTF8', '--locale=C'])
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(folder, 'server.log'),
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    '-w',
    'start',
  ])
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    dataDirectory: data,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    },
  }
}

/**
 * A new, empty database on the server at `adminUrl`, named `prefix_<random>`: its URL, and how
 * to drop it.
 * @param {string} adminUrl
 * @param {string} prefix
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function createDatabase(adminUrl, prefix) {
  const name = `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      try {
        await client.query(`drop database if exists ${name} with (force)`)
      } finally {
        await client.end()
      }
    },
  }
}
