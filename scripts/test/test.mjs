// `npm test`: every check, each stage timed. The checks run first, in three lanes side by side
// (the machine has 2 cores: a lane's next stage starts as soon as its previous one ends, so no
// core waits for the slowest stage of a group); a stage beside others prints its output whole
// as it ends. None of them is timed by the clock. The journeys then run alone (beside them, the
// server's first starts of PGlite would not fit in their time). One throwaway PostgreSQL serves
// every stage that needs one (or TEST_DATABASE_URL's server). A lane stops at its first failing
// stage, and the journeys do not run if any check failed.
import { spawn } from 'node:child_process'
import { postgresMissingMessage, startThrowawayPostgres } from '../support/postgres.mjs'

const npm = (script) => ['npm', ['run', '--silent', script]]
const CHECKS = [
  [
    [
      'Vérifications (types, lint)',
      'node',
      ['scripts/test/run-parallel.mjs', 'typecheck', 'lint:code'],
    ],
  ],
  [
    ['Tests du serveur (PGlite, PostgreSQL, processus)', ...npm('test:server')],
    [
      'Contrats REST : API simulée, puis serveur de référence',
      'sh',
      ['-c', 'npm run --silent test:contract && npm run --silent test:contract:server'],
    ],
  ],
  [
    [
      'Construction, poids et formatage',
      'sh',
      ['-c', 'npm run --silent build && npm run --silent size && npm run --silent format:check'],
    ],
    ['Tests unitaires et de composants', ...npm('test:unit')],
  ],
]
// Each journey is played once, where its tag says (e2e/support/where.ts).
const JOURNEYS = ['Parcours Playwright (API simulée, serveur de référence)', ...npm('test:e2e')]

const started = performance.now()
const seconds = (from, to = performance.now()) => ((to - from) / 1000).toFixed(1)

/** Runs a stage; alone, its output streams; beside others, it is printed whole at the end. */
function run([name, command, args], env, alone) {
  const start = performance.now()
  return new Promise((resolve) => {
    if (alone) console.log(`\n━━ ${name}`)
    const child = spawn(command, args, {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env,
    })
    let output = ''
    if (!alone) {
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
    }
    child.on('exit', (code) => {
      if (!alone) console.log(`\n━━ ${name}\n${output.trimEnd()}`)
      resolve({ name, ok: code === 0, from: seconds(started, start), duration: seconds(start) })
    })
  })
}

/** A lane's stages one after the other, up to the first that fails. */
async function runLane(stages, env) {
  const results = []
  for (const stage of stages) {
    const result = await run(stage, env, false)
    results.push(result)
    if (!result.ok) break
  }
  return results
}

let postgres = null
if (!process.env.TEST_DATABASE_URL) {
  try {
    postgres = await startThrowawayPostgres()
  } catch {
    console.error(postgresMissingMessage())
    process.exit(1)
  }
}
const env = { ...process.env, ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}) }

const results = (await Promise.all(CHECKS.map((lane) => runLane(lane, env)))).flat()
const checked = performance.now()
if (results.every((result) => result.ok)) results.push(await run(JOURNEYS, env, true))
postgres?.stop()

console.log('\n━━ Durée de chaque étape (début, durée)')
console.log(`Vérifications, côte à côte : ${seconds(started, checked)} s`)
for (const { name, ok, from, duration } of results) {
  console.log(`  ${ok ? '✓' : '✗'} ${from.padStart(6)} s  ${duration.padStart(6)} s  ${name}`)
}
console.log(`En tout : ${seconds(started)} s`)
const failed = results.filter((result) => !result.ok)
if (failed.length > 0) {
  console.error(`\nÉchec : ${failed.map((result) => result.name).join(', ')}`)
  process.exit(1)
}
