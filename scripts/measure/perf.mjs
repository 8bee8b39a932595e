// Lighthouse (12.2.3, the last that runs on Node 20), with its default mobile preset and its
// desktop preset, one page after the other, on:
// - the tab of a configured tenant and the tenants overview, built and served as deployed by the
//   reference server (a new embedded database with the demo tenants);
// - the anchor (scripts/measure/anchor): the tab's first screen written the usual way with
//   @codegouvfr/react-dsfr, React and Vite, built and served compressed by a small static server.
// Prints one table row per page and profile, then checks the targets of our pages: exit code 1
// when one of them is missed. The anchor is a reference, it never fails the run.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumExecutable } from '../support/chromium-path.mjs'
import { serveAnchor } from './perf-anchor-server.mjs'
import { combineRuns, machineSpeed, printTable, summary } from './perf-report.mjs'
import { startServerProcess } from '../support/server-process.mjs'

const LIGHTHOUSE = 'lighthouse@12.2.3'
const TENANT = 'mairie-exemple'
/** Mobile runs (simulated slow 4G and a 4× slower CPU) vary most: each is the median of these. */
const MOBILE_RUNS = Number(process.env.PERF_MOBILE_RUNS ?? 5)
const TARGETS = {
  mobile: [
    { label: 'Performance ≥ 0,98', met: (r) => r.scores.performance >= 0.98 },
    { label: 'LCP ≤ 1 800 ms', met: (r) => r.lcp <= 1800 },
    { label: 'TBT ≤ 50 ms', met: (r) => r.tbt <= 50 },
    { label: 'CLS = 0', met: (r) => r.cls === 0 },
  ],
  desktop: [
    { label: 'Performance ≥ 0,98', met: (r) => r.scores.performance >= 0.98 },
    { label: 'Accessibilité = 1', met: (r) => r.scores.accessibility === 1 },
    { label: 'Bonnes pratiques = 1', met: (r) => r.scores['best-practices'] === 1 },
  ],
}

const root = new URL('../..', import.meta.url).pathname
const anchorDir = join(root, 'scripts/measure/anchor')
const chrome = process.env.CHROME_PATH ?? chromiumExecutable()

/** Runs a command to its end, its output shown only if it fails. */
function quietly(command, args, options = {}) {
  try {
    execFileSync(command, args, { cwd: root, stdio: 'pipe', ...options })
  } catch (error) {
    process.stderr.write(error.stdout ?? '')
    process.stderr.write(error.stderr ?? '')
    throw new Error(`${command} ${args.join(' ')} a échoué`)
  }
}

// Asynchronously: this process serves the pages Lighthouse loads.
const run = (command, args, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, options)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} a échoué (code ${code})`)),
    )
  })

/** Asks the reference server for what our pages load, a few rounds, before any measure. */
async function warmUp(base) {
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8')
  const assets = [...html.matchAll(/(?:src|href|content)="(\/assets\/[^"]+)"/g)].flatMap(
    ([, value]) => value.split(' '),
  )
  const paths = [
    '',
    `tenants/${TENANT}/france-connect`,
    'config.json',
    'api/session',
    'api/tenants',
    `api/tenants/${TENANT}`,
    `api/tenants/${TENANT}/france-connect`,
    `api/tenants/${TENANT}/france-connect/history`,
    'api/france-connect/environments',
    ...assets.map((asset) => asset.slice(1)),
  ]
  for (let round = 0; round < 20; round += 1) {
    for (const path of paths) {
      const response = await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': 'br' } })
      await response.arrayBuffer()
    }
  }
}

const started = new Date()
const notes = []
// Builds first: they would disturb the measurements.
quietly('npm', ['run', 'build'])
let anchorBuilt = false
try {
  if (!existsSync(join(anchorDir, 'node_modules'))) quietly('npm', ['ci', '--prefix', anchorDir])
  quietly('npm', ['run', 'build', '--prefix', anchorDir])
  anchorBuilt = true
} catch (error) {
  notes.push(`ancre non mesurée : ${error.message}`)
}

const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'))
const server = startServerProcess({ DATA_DIR: join(folder, '.data') })
const anchor = anchorBuilt ? await serveAnchor(join(anchorDir, 'dist')) : null
const chromiumVersion = (() => {
  try {
    return execFileSync(chrome, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
})()

const results = []
try {
  const base = await server.url
  const pages = [
    { name: 'Onglet (mairie-exemple)', ours: true, url: `${base}tenants/${TENANT}/france-connect` },
    { name: 'Vue d’ensemble (/)', ours: true, url: base },
    ...(anchor
      ? [
          {
            name: 'Ancre react-dsfr',
            ours: false,
            url: `${anchor.url}tenants/${TENANT}/france-connect`,
          },
        ]
      : []),
  ]

  // A server just started runs its code for the first times (compiled as it goes) on the same
  // two cores as the browser: the first page measured would pay for it. Its pages, files and
  // API answers are asked for a few times first.
  await warmUp(base)

  // The anchor shows a copy of what the API returns: say so when it no longer does.
  const served = await (await fetch(`${base}api/tenants/${TENANT}/france-connect`)).json()
  const copy = JSON.parse(readFileSync(join(anchorDir, 'public/settings.json'), 'utf8'))
  if (JSON.stringify(served) !== JSON.stringify(copy))
    notes.push(
      'scripts/measure/anchor/public/settings.json ne reproduit plus la réponse de l’API : à recopier.',
    )

  for (const page of pages) {
    for (const profile of ['mobile', 'desktop']) {
      const runs = profile === 'mobile' ? MOBILE_RUNS : 1
      const summaries = []
      // Lighthouse sometimes fails to record a load (NO_NAVSTART): such a run is run again,
      // twice at most, and said in the notes.
      let failures = 0
      for (let index = 0; index < runs; index += 1) {
        const output = join(folder, `report-${results.length}-${index}.json`)
        try {
          await run(
            'npx',
            [
              '--yes',
              LIGHTHOUSE,
              page.url,
              ...(profile === 'desktop' ? ['--preset=desktop'] : []),
              '--only-categories=performance,accessibility,best-practices',
              '--output=json',
              `--output-path=${output}`,
              '--quiet',
              '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
            ],
            {
              stdio: 'inherit',
              env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
            },
          )
          summaries.push(summary(JSON.parse(readFileSync(output, 'utf8'))))
        } catch (error) {
          notes.push(`${page.name}, ${profile} : ${error.message}`)
          failures += 1
          if (failures <= 2) index -= 1
        }
      }
      results.push(combineRuns(page, profile, summaries))
    }
  }
} finally {
  await Promise.all([server.stop(), anchor?.stop()])
  rmSync(folder, { recursive: true, force: true })
}

console.log(
  `\nMesures du ${started.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })}`,
)
console.log(
  `Lighthouse ${LIGHTHOUSE.split('@')[1]}, ${chromiumVersion ?? results[0]?.userAgent ?? 'Chromium (version inconnue)'}`,
)
console.log(
  `Mobile : préréglage par défaut (4G lente simulée, processeur 4× plus lent), ${MOBILE_RUNS > 1 ? `médiane de chaque mesure sur ${MOBILE_RUNS} passages (étendue entre parenthèses)` : 'un passage'} ; ordinateur : préréglage desktop, un passage.\n`,
)

printTable(results)

const speed = machineSpeed(results)
if (speed)
  console.log(
    `\nVitesse de la machine pendant les passages (benchmarkIndex de Lighthouse, plus haut = plus rapide) : médiane ${Math.round(speed.median)} (${Math.round(speed.min)}–${Math.round(speed.max)}).`,
  )
console.log(
  'Le TBT, somme des tâches longues, suit la vitesse de la machine : un tableau se lit avec elle, et deux builds se comparent par passages alternés.',
)

let missed = 0
console.log('\nObjectifs (nos pages ; l’ancre sert de repère) :')
for (const r of results.filter((result) => result.page.ours)) {
  const checks = TARGETS[r.profile].map((target) => {
    const met = target.met(r) === true && r.runs > 0
    if (!met) missed += 1
    return `${target.label} ${met ? '✓' : '✗'}`
  })
  console.log(
    `  ${r.page.name}, ${r.profile === 'mobile' ? 'mobile' : 'ordinateur'} : ${checks.join(', ')}`,
  )
  for (const item of new Set(r.toReview)) console.log(`    À revoir (${item})`)
}
for (const r of results) if (r.error) notes.push(`${r.page.name}, ${r.profile} : ${r.error}`)
for (const note of notes) console.log(`Note : ${note}`)
console.log(
  missed > 0 ? `\n${missed} objectif(s) manqué(s).` : '\nTous les objectifs sont atteints.',
)
process.exit(missed > 0 ? 1 : 0)
