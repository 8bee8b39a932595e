// `npm run bench:tenants`: how fast a page of the tenants overview answers with 10,000 tenants
// (BENCH_TENANTS) on the embedded database, through the real server over HTTP. Prints p50 and
// p95 per kind of page, one client at a time. A measurement, not a test. BENCH_ONBOARDING=0
// leaves out the onboarding and the journal (as before contract 1.6), for a comparison.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, request } from 'node:http'
import { openEmbedded } from '../db/embedded'
import { migrate } from '../db/migrate'
import { generateKeyText, parseKey } from '../secrets/keyring'
import { fillOnboarding } from './onboarding-fill'
import { startServerProcess } from '../../scripts/support/server-process.mjs'

const TENANTS = Number(process.env.BENCH_TENANTS ?? 10_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40)
const ONBOARDING = process.env.BENCH_ONBOARDING !== '0'
// The server refuses a database whose secrets no key of its own names: the stored ones are
// placeholders, but under the key it is given.
const SECRETS_KEY = generateKeyText()
const KEY_ID = parseKey(SECRETS_KEY, 'bench').id

/** Tenants in every state, written in a few statements (the server would take minutes). */
async function fill(dataDir: string) {
  const db = await openEmbedded(dataDir)
  try {
    await migrate(db)
    await db.query(
      `insert into tenants (id, name, portal_base_url)
       select 'bench-' || lpad(i::text, 5, '0'),
         (array['Commune de Saint-Étienne', 'Mairie d’Évreux', 'Ville de Besançon',
           'Communauté de communes du Val', 'Département de l’Aude'])[1 + i % 5] || ' n° ' || i,
         'https://bench-' || i || '.example.fr'
       from generate_series(1, $1::int) as i`,
      [TENANTS],
    )
    await db.query(
      `insert into france_connect_settings (tenant_id, enabled, connection_text, client_id,
         environment_url, secret_ciphertext, secret_key_id, revision, updated_at, updated_by,
         last_test_outcome, last_tested_at)
       select 'bench-' || lpad(i::text, 5, '0'), i % 3 <> 0, 'Texte de connexion',
         case when i % 5 = 4 then '' else md5(i::text) || md5((-i)::text) end,
         (array['https://oidc.franceconnect.gouv.fr/api/v2', 'https://app.franceconnect.gouv.fr',
           'https://fcp-low.integ01.dev-franceconnect.fr', 'https://app.franceconnect.gouv.fr/api/v1',
           ''])[1 + i % 5],
         case when i % 7 = 0 then null else '\\x00'::bytea end,
         case when i % 7 = 0 then null else $2 end,
         2, now() - make_interval(mins => i), 'Camille Martin',
         case when i % 11 = 0 then 'failed' when i % 4 = 0 then 'passed' end,
         case when i % 11 = 0 or i % 4 = 0 then now() end
       from generate_series(1, $1::int) as i`,
      [TENANTS, KEY_ID],
    )
    if (ONBOARDING) await fillOnboarding(db, TENANTS)
  } finally {
    await db.close()
  }
}

function get(agent: Agent, url: URL, accept = 'application/json') {
  return new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    const req = request(url, { agent, headers: { accept } }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
    })
    req.on('error', reject)
    req.end()
  })
}

const PAGES: [string, string, string?][] = [
  ['première page (tri par nom)', ''],
  ['page 250 (tri par nom)', 'page=250'],
  ['recherche « saint »', 'q=saint'],
  ['recherche « evreux », sans accent', 'q=evreux'],
  ['« à traiter »', 'toHandle=true'],
  [
    'activés, en production v2',
    'enabled=true&environment=https%3A%2F%2Foidc.franceconnect.gouv.fr%2Fapi%2Fv2',
  ],
  ['tri par dernière modification', 'sort=lastChange&order=desc'],
  ['100 par page', 'pageSize=100'],
  ['mise en service à l’étape 5', 'step=5'],
  ['export CSV de tous les espaces', '', 'text/csv'],
]

const format = (value: number, digits = 1) =>
  value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })

const folder = mkdtempSync(join(tmpdir(), 'reglages-fc-bench-tenants-'))
const dataDir = join(folder, '.data')
try {
  const filling = performance.now()
  await fill(dataDir)
  console.log(`${TENANTS} espaces écrits en ${format((performance.now() - filling) / 1000)} s.`)
  const server = startServerProcess({ DATA_DIR: dataDir, SECRETS_KEY })
  try {
    const base = await server.url
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    console.log(
      `\nVue d’ensemble, ${TENANTS} espaces, base embarquée (PGlite), ${ROUNDS} requêtes par ligne ` +
        `une à la fois, ${cpus().length} cœurs, Node.js ${process.version}.\n`,
    )
    console.log('| page | p50 (ms) | p95 (ms) | taille (Ko) |')
    console.log('|---|---:|---:|---:|')
    for (const [label, query, accept] of PAGES) {
      const url = new URL(`/api/tenants${query ? `?${query}` : ''}`, base)
      await get(agent, url, accept) // warm-up
      const latencies: number[] = []
      let bytes = 0
      for (let round = 0; round < ROUNDS; round += 1) {
        const start = performance.now()
        const response = await get(agent, url, accept)
        latencies.push(performance.now() - start)
        if (response.status !== 200) throw new Error(`${url.href} → ${response.status}`)
        bytes = response.bytes
      }
      latencies.sort((a, b) => a - b)
      const at = (q: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
      console.log(
        `| ${label} | ${format(at(0.5))} | ${format(at(0.95))} | ${format(bytes / 1024)} |`,
      )
    }
    agent.destroy()
  } finally {
    await server.stop()
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
