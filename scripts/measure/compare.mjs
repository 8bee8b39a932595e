// `npm run perf:compare -- <a> [b] [pairs]`: the tab and the overview, built from two git
// revisions (`a`, HEAD by default; `b`, the working tree by default, or `.`), each served by the
// reference server of the working tree (DIST_DIR), measured by Lighthouse's mobile preset in alternated runs on the
// same machine: A B, B A, A B… so that a slower minute weighs on both. Prints each side's
// medians and ranges, and the median of the paired differences (B − A) with its range: a
// difference whose range crosses zero is within the machine's noise.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumExecutable } from '../support/chromium-path.mjs'
import { summary } from './perf-report.mjs'
import { startServerProcess } from '../support/server-process.mjs'

const LIGHTHOUSE = 'lighthouse@12.2.3'
const [refA = 'HEAD', refB = '.', pairsText = '8'] = process.argv.slice(2)
const PAIRS = Number(pairsText)
const root = new URL('../..', import.meta.url).pathname
const chrome = process.env.CHROME_PATH ?? chromiumExecutable()
const folder = mkdtempSync(join(tmpdir(), 'compare-'))

const quietly = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })

/**
 * Builds a revision in a worktree of its own (with this checkout's node_modules), or the
 * working tree for `.`; returns its dist.
 */
function buildRevision(ref, name) {
  if (ref === '.') {
    quietly('npm', ['run', 'build'], root)
    return { worktree: null, dist: join(root, 'dist') }
  }
  const worktree = join(folder, name)
  quietly('git', ['worktree', 'add', '--detach', worktree, ref], root)
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'))
  quietly('npm', ['run', 'build'], worktree)
  return { worktree, dist: join(worktree, 'dist') }
}

const lighthouse = (url, output) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { stdio: 'inherit', env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
    )
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse (code ${code})`)),
    )
  })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`

const builds = { A: buildRevision(refA, 'a'), B: buildRevision(refB, 'b') }
const servers = {
  A: startServerProcess({ DATA_DIR: join(folder, 'a-data'), DIST_DIR: builds.A.dist }),
  B: startServerProcess({ DATA_DIR: join(folder, 'b-data'), DIST_DIR: builds.B.dist }),
}
const pages = [
  ['Onglet', 'tenants/mairie-exemple/france-connect'],
  ['Vue d’ensemble', ''],
]
const results = {}
try {
  const urls = { A: await servers.A.url, B: await servers.B.url }
  // Both servers' code runs for its first times: a few rounds first.
  for (let round = 0; round < 5; round += 1)
    for (const side of ['A', 'B'])
      for (const [, path] of pages) await (await fetch(`${urls[side]}${path}`)).arrayBuffer()
  for (const [name, path] of pages) {
    results[name] = { A: [], B: [] }
    for (let pair = 0; pair < PAIRS; pair += 1) {
      for (const side of pair % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
        const output = join(folder, `${side}-${pair}.json`)
        for (let attempt = 0; attempt < 3; attempt += 1) {
          try {
            await lighthouse(`${urls[side]}${path}`, output)
            results[name][side].push(summary(JSON.parse(readFileSync(output, 'utf8'))))
            break
          } catch (error) {
            // A load Lighthouse failed to record (NO_NAVSTART) is run again.
            if (attempt === 2) throw error
          }
        }
      }
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((server) => server.stop()))
  for (const { worktree } of Object.values(builds))
    if (worktree) quietly('git', ['worktree', 'remove', '--force', worktree], root)
  if (existsSync(folder)) rmSync(folder, { recursive: true, force: true })
}

const named = (ref) => (ref === '.' ? 'l’arbre de travail' : ref)
console.log(
  `\nA : ${named(refA)} ; B : ${named(refB)} ; ${PAIRS} paires alternées, Lighthouse mobile.`,
)
for (const [name, sides] of Object.entries(results)) {
  console.log(`\n${name}`)
  for (const metric of ['tbt', 'lcp', 'fcp']) {
    const a = sides.A.map((run) => run[metric])
    const b = sides.B.map((run) => run[metric])
    const differences = b.map((value, index) => value - a[index])
    const lower = differences.filter((difference) => difference < 0).length
    console.log(
      `  ${metric.toUpperCase()} (ms) : A ${Math.round(median(a))} (${range(a)}), B ${Math.round(median(b))} (${range(b)}), B − A ${Math.round(median(differences))} (${range(differences)}), B plus bas dans ${lower} paire(s) sur ${differences.length}`,
    )
  }
  const scores = (side) => sides[side].map((run) => run.scores.performance)
  console.log(`  Performance : A ${median(scores('A'))}, B ${median(scores('B'))}`)
  const speed = [...sides.A, ...sides.B].map((run) => run.benchmarkIndex)
  console.log(`  benchmarkIndex : ${range(speed)}`)
}
