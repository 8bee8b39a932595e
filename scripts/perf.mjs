// Lighthouse (12.2.3, the last that runs on Node 20) on the production build, served as
// deployed by the reference server (a new embedded database with the demo tenants): prints the
// scores and key metrics.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumExecutable } from './chromium-path.mjs'
import { startServerProcess } from './server-process.mjs'

const GOALS = { performance: 0.98, accessibility: 1, 'best-practices': 1 }

execFileSync('npm', ['run', 'build'], { stdio: 'ignore' })
const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'))
const server = startServerProcess({ DATA_DIR: join(folder, '.data') })
const page = `${await server.url}tenants/portaildesaides/france-connect`
const output = join(folder, 'report.json')
const chrome = process.env.CHROME_PATH ?? chromiumExecutable()
// Asynchronously: this process serves the pages Lighthouse loads.
const run = (command, args, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, options)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} a échoué (code ${code})`)),
    )
  })
try {
  await run(
    'npx',
    [
      '--yes',
      'lighthouse@12.2.3',
      page,
      '--preset=desktop',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { stdio: 'inherit', env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
  )
} finally {
  await server.stop()
}

const report = JSON.parse(readFileSync(output, 'utf8'))
rmSync(folder, { recursive: true, force: true })
const audit = (id) => report.audits[id]
const number = (value, digits = 0) =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: digits })
console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${page}`)
let missed = 0
for (const [id, goal] of Object.entries(GOALS)) {
  const score = report.categories[id].score
  if (score < goal) missed += 1
  console.log(
    `  ${report.categories[id].title} : ${number(score, 2)} (objectif ${number(goal, 2)}${score >= goal ? ', atteint' : ', manqué'})`,
  )
}
console.log(`  LCP : ${number(audit('largest-contentful-paint').numericValue)} ms`)
console.log(`  TBT : ${number(audit('total-blocking-time').numericValue)} ms`)
console.log(`  Poids total : ${number(audit('total-byte-weight').numericValue / 1024, 1)} Ko`)
for (const category of Object.keys(GOALS)) {
  for (const ref of report.categories[category].auditRefs) {
    const result = audit(ref.id)
    if (ref.weight > 0 && result.score !== null && result.score < 1)
      console.log(`  À revoir (${category}) : ${result.title}`)
  }
}
process.exit(missed > 0 ? 1 : 0)
