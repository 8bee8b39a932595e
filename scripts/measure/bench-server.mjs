// `npm run bench:server`: requests per second and p50/p99 latency of the reference server for
// GET and PUT of one tenant's settings, at 1 and 32 concurrent clients, on the embedded
// database and on PostgreSQL, beside a static file served by the same process (the baseline:
// the ratio says what the API costs over the bare HTTP stack). A measurement, not a test.
// BENCH_SECONDS (default 5) sets the length of each run.
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { newPostgresDatabase, startServerProcess } from '../support/server-process.mjs'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const TENANT = 'mairie-exemple'

function send(agent, base, { method, path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base)
    const req = request(url, { method, agent, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** `clients` loops sending `make()` requests for SECONDS; returns rps, p50, p99, errors. */
async function load(base, clients, make) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const latencies = []
  let errors = 0
  const until = performance.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const start = performance.now()
        const { status } = await send(agent, base, make())
        latencies.push(performance.now() - start)
        if (status >= 400) errors += 1
      }
    }),
  )
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), errors }
}

async function measure(storage, base) {
  const settingsPath = `/api/tenants/${TENANT}/france-connect`
  const agent = new Agent({ keepAlive: true })
  const current = await send(agent, base, { method: 'GET', path: settingsPath })
  agent.destroy()
  if (current.status !== 200) throw new Error(`GET ${settingsPath} → ${current.status}`)
  let counter = 0
  const kinds = {
    'fichier statique (référence)': () => ({
      method: 'GET',
      path: '/favicon.svg',
      headers: { 'accept-encoding': 'br, gzip' },
    }),
    'GET réglages': () => ({ method: 'GET', path: settingsPath }),
    // Every PUT is a real write: a transaction, the row's new version and a journal entry.
    'PUT réglages': () => ({
      method: 'PUT',
      path: settingsPath,
      headers: { 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText: `Texte n° ${(counter += 1)}`,
        clientId: '3f6c1a0e9b2d4c7f8e5a1b3c9d0e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e',
        environmentUrl: 'https://app.franceconnect.gouv.fr',
        previewBackground: '#FFFFFF',
      }),
    }),
  }
  const rows = []
  for (const clients of [1, 32]) {
    let baseline = null
    for (const [kind, make] of Object.entries(kinds)) {
      const result = await load(base, clients, make)
      baseline ??= result.rps
      rows.push({ storage, kind, clients, ...result, ratio: result.rps / baseline })
    }
  }
  return rows
}

const format = (value, digits = 0) =>
  value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })

const results = []
const folder = mkdtempSync(join(tmpdir(), 'reglages-fc-bench-'))
const embedded = startServerProcess({ DATA_DIR: join(folder, '.data') })
try {
  results.push(...(await measure('embarquée (PGlite)', await embedded.url)))
} finally {
  await embedded.stop()
  rmSync(folder, { recursive: true, force: true })
}

const database = await newPostgresDatabase('bench')
const onPostgres = startServerProcess(database.env)
try {
  results.push(...(await measure('PostgreSQL', await onPostgres.url)))
} finally {
  await onPostgres.stop()
  await database.drop()
}

console.log(
  `\nServeur de référence, ${SECONDS} s par mesure, ${cpus().length} cœurs, Node.js ${process.version} ; ` +
    'le client de charge tourne sur la même machine.\n',
)
console.log(
  '| base | requête | clients | req/s | p50 (ms) | p99 (ms) | erreurs | rapport au fichier statique |',
)
console.log('|---|---|---:|---:|---:|---:|---:|---:|')
for (const row of results) {
  console.log(
    `| ${row.storage} | ${row.kind} | ${row.clients} | ${format(row.rps)} | ${format(row.p50, 1)} | ${format(row.p99, 1)} | ${row.errors} | ${format(row.ratio, 2)} |`,
  )
}
