// `npm test`: every check, stage by stage, each one timed. One throwaway PostgreSQL serves the
// stages that need one (or TEST_DATABASE_URL's server). Stops at the first failing stage.
import { spawn } from 'node:child_process'
import { postgresMissingMessage, startThrowawayPostgres } from './postgres.mjs'

const STAGES = [
  [
    'Vérifications (types, lint, formatage)',
    'node',
    ['scripts/run-parallel.mjs', 'typecheck', 'lint'],
  ],
  ['Tests unitaires et de composants', 'npm', ['run', '--silent', 'test:unit']],
  ['Tests du serveur (PGlite, PostgreSQL, processus)', 'npm', ['run', '--silent', 'test:server']],
  ['Contrat REST : API simulée', 'npm', ['run', '--silent', 'test:contract']],
  ['Contrat REST : serveur de référence', 'npm', ['run', '--silent', 'test:contract:server']],
  ['Construction et poids', 'sh', ['-c', 'npm run --silent build && npm run --silent size']],
  [
    'Parcours Playwright (API simulée, serveur de référence)',
    'npm',
    ['run', '--silent', 'test:e2e'],
  ],
]

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1)

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('exit', (code) => resolve(code ?? 1))
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
const timings = []
let failed = null
for (const [name, command, args] of STAGES) {
  console.log(`\n━━ ${name}`)
  const stageStart = performance.now()
  const code = await run(command, args, env)
  timings.push([name, seconds(stageStart), code === 0])
  if (code !== 0) {
    failed = name
    break
  }
}
postgres?.stop()

console.log('\n━━ Durée de chaque étape')
for (const [name, duration, ok] of timings) {
  console.log(`${ok ? '✓' : '✗'} ${duration.padStart(6)} s  ${name}`)
}
console.log(`  ${seconds(started).padStart(6)} s  en tout`)
if (failed) {
  console.error(`\nÉchec : ${failed}`)
  process.exit(1)
}
