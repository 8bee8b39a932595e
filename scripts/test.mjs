// `npm test`: every check, each stage timed. The stages of a group run side by side, their
// output printed whole as each ends (the machine has 2 cores, and these stages leave one idle:
// none of them is timed by the clock); the journeys run alone (beside them, the server's first
// starts of PGlite would not fit in their time). One throwaway PostgreSQL
// serves every stage that needs one (or TEST_DATABASE_URL's server). Stops after the first
// group with a failing stage.
import { spawn } from 'node:child_process'
import { postgresMissingMessage, startThrowawayPostgres } from './postgres.mjs'

const npm = (script) => ['npm', ['run', '--silent', script]]
const GROUPS = [
  [
    ['Vérifications (types, lint)', 'node', ['scripts/run-parallel.mjs', 'typecheck', 'lint:code']],
    ['Tests unitaires et de composants', ...npm('test:unit')],
    // The formatting check after the build: the lint is this group's longest stage.
    [
      'Construction, poids et formatage',
      'sh',
      ['-c', 'npm run --silent build && npm run --silent size && npm run --silent format:check'],
    ],
  ],
  [
    ['Tests du serveur (PGlite, PostgreSQL, processus)', ...npm('test:server')],
    // Both contract runs beside the server's tests, which leave a core idle part of the time.
    [
      'Contrats REST : API simulée, puis serveur de référence',
      'sh',
      ['-c', 'npm run --silent test:contract && npm run --silent test:contract:server'],
    ],
  ],
  // Each journey once: those through the backend (tagged @backend, see e2e/tags.ts) on the
  // reference server only; `npm run test:e2e` plays them on both.
  [
    [
      'Parcours Playwright (API simulée, serveur de référence)',
      'sh',
      ['-c', 'E2E_EACH_ONCE=1 npm run --silent test:e2e'],
    ],
  ],
]

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1)

/** Runs a stage; alone, its output streams; beside others, it is printed whole at the end. */
function run([name, command, args], env, alone) {
  const started = performance.now()
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
      resolve({ name, ok: code === 0, duration: seconds(started) })
    })
  })
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

const started = performance.now()
const results = []
for (const group of GROUPS) {
  const groupStart = performance.now()
  const done = await Promise.all(group.map((stage) => run(stage, env, group.length === 1)))
  results.push({ done, duration: seconds(groupStart) })
  if (done.some((result) => !result.ok)) break
}
postgres?.stop()

console.log('\n━━ Durée de chaque étape (les étapes d’un même groupe tournent ensemble)')
for (const [index, { done, duration }] of results.entries()) {
  console.log(`Groupe ${index + 1} : ${duration} s`)
  for (const { name, ok, duration: own } of done) {
    console.log(`  ${ok ? '✓' : '✗'} ${own.padStart(6)} s  ${name}`)
  }
}
console.log(`En tout : ${seconds(started)} s`)
const failed = results.flatMap(({ done }) => done).filter((result) => !result.ok)
if (failed.length > 0) {
  console.error(`\nÉchec : ${failed.map((result) => result.name).join(', ')}`)
  process.exit(1)
}
