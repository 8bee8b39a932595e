// `npm start` builds the tab first when dist/ is missing or older than its sources.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
// What the build reads: the app, the contract, Vite's configuration and its plugins (build/).
const SOURCES = [
  'src',
  'contract',
  'public',
  'index.html',
  'build',
  'vite.config.ts',
  'package-lock.json',
]

function newest(path) {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) return 0
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))))
}

// The pages' shells are written last (build/prerender.ts).
const built =
  statSync(join(root, 'dist/shells/france-connect.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0
const sources = Math.max(...SOURCES.map((source) => newest(join(root, source))))
if (built < sources) {
  process.stdout.write(
    built ? 'Sources modifiées : reconstruction de l’onglet…\n' : 'Construction de l’onglet…\n',
  )
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  )
}
