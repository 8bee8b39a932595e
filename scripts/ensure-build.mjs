// `npm start` builds the tab first when dist/ is missing or older than its sources.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
/** A module and the local modules it imports, transitively (paths from the root). */
function withLocalImports(file, found = new Set()) {
  if (found.has(file)) return found
  found.add(file)
  const text = readFileSync(join(root, file), 'utf8')
  for (const [, path] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    withLocalImports(relative(root, join(root, dirname(file), path)), found)
  }
  return found
}

const SOURCES = [
  'src',
  'contract',
  'public',
  'index.html',
  'postcss.config.js',
  'scripts/prerender.mjs',
  'package-lock.json',
  // Vite's configuration and its plugins (first-visit.mjs, compile-hints.mjs, precompress…).
  ...withLocalImports('vite.config.ts'),
]

function newest(path) {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) return 0
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))))
}

// The pages' shells are written last (scripts/prerender.mjs).
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
  execFileSync(process.execPath, [join(root, 'scripts/prerender.mjs')], {
    cwd: root,
    stdio: 'inherit',
  })
}
