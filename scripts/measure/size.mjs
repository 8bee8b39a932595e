// What a first visit downloads, gzipped: the JavaScript and CSS that dist/index.html loads,
// with the chunks they import statically (fonts left out). Fails above the budget.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { COMPILE_HINT } from '../../build/compile-hints'
import { MARIANNE_SCRIPT } from '../../src/lib/first-visit-names'

const BUDGET_KB = 150
const dist = new URL('../../dist/', import.meta.url).pathname

const html = await readFile(join(dist, 'index.html'), 'utf8')
const base = /<script[^>]+src="([^"]+)"/.exec(html)?.[1]?.replace(/assets\/.*$/, '') ?? '/'
const local = (url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url)
const entries = [
  // Module or classic (the Marianne decision, src/lib/marianne.ts).
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="(?:stylesheet|modulepreload)"/g),
].map((match) => match[1])

/**
 * What a page's own module script starts with `import()` as it runs (src/main.tsx: React and
 * the app's code, once the shell is painted), and the styles Vite's helper loads with them (its
 * `__vite__mapDeps` list, paths from the base).
 */
async function startedBy(file) {
  if (!file.endsWith('.js')) return []
  const code = await readFile(file, 'utf8')
  const scripts = [...code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].map(
    ([, specifier]) => join(file, '..', specifier),
  )
  const listed = /m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? ''
  const styles = [...listed.matchAll(/["'`]([^"'`]+\.css)["'`]/g)].map(([, path]) =>
    join(dist, path),
  )
  return [...scripts, ...styles]
}

/** Static imports and re-exports only (`import … from "./x.js"`, `export … from`); a dynamic `import()` waits for its use. */
async function withStaticImports(file, seen) {
  if (seen.has(file)) return
  seen.add(file)
  if (!file.endsWith('.js')) return
  const code = await readFile(file, 'utf8')
  for (const [, specifier] of code.matchAll(
    /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    await withStaticImports(join(file, '..', specifier), seen)
  }
}

const files = new Set()
for (const entry of entries) {
  await withStaticImports(local(entry), files)
  for (const started of await startedBy(local(entry))) await withStaticImports(started, files)
}

// What runs before the shell is painted: the page's own scripts and what they import. The app's
// code comes after, imported once the shell is painted: a static import of it from the entry
// would fetch it with the shell and run it before the paint.
const BEFORE_PAINT_BUDGET_KB = 10
const beforePaint = new Set()
for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g))
  await withStaticImports(local(src), beforePaint)

const sizes = { js: 0, css: 0 }
const leaks = []
// One runtime (eslint.config.js forbids importing another): the first visit runs React's own
// production build, whose error messages link to react.dev.
let react = false
const unhinted = []
for (const file of files) {
  const content = await readFile(file)
  const kind = file.endsWith('.css') ? 'css' : 'js'
  sizes[kind] += gzipSync(content, { level: 9 }).length
  const text = content.toString('utf8')
  if (/mockServiceWorker|setupWorker/.test(text)) leaks.push(file)
  if (text.includes('react.dev/errors')) react = true
  // Every module the first visit runs is compiled at once, off the main thread
  // (build/compile-hints.ts); the classic script deciding on Marianne is a line long.
  if (kind === 'js' && text !== MARIANNE_SCRIPT && !text.startsWith(`${COMPILE_HINT}\n`))
    unhinted.push(file.slice(dist.length))
}

let beforePaintBytes = 0
for (const file of beforePaint)
  if (file.endsWith('.js')) beforePaintBytes += gzipSync(await readFile(file), { level: 9 }).length

const kb = (bytes) => (bytes / 1024).toFixed(1).replace('.', ',')
const total = sizes.js + sizes.css
console.log(
  `Première visite (gzip, hors polices) : JS ${kb(sizes.js)} Ko + CSS ${kb(sizes.css)} Ko = ${kb(total)} Ko`,
)
console.log(`Fichiers : ${[...files].map((file) => file.slice(dist.length)).join(', ')}`)
console.log(
  `Budget ${BUDGET_KB} Ko : ${total <= BUDGET_KB * 1024 ? `respecté, marge ${kb(BUDGET_KB * 1024 - total)} Ko` : `DÉPASSÉ de ${kb(total - BUDGET_KB * 1024)} Ko`}`,
)
if (leaks.length > 0)
  console.error(`Le code de l’API simulée est chargé dès la première visite : ${leaks.join(', ')}`)
if (unhinted.length > 0)
  console.error(`Sans l’indication de compilation (${COMPILE_HINT}) : ${unhinted.join(', ')}`)
console.log(
  `Avant la première peinture (scripts de la page) : ${kb(beforePaintBytes)} Ko, budget ${BEFORE_PAINT_BUDGET_KB} Ko`,
)
const earlyTooLarge = beforePaintBytes > BEFORE_PAINT_BUDGET_KB * 1024
if (earlyTooLarge)
  console.error(
    'Les scripts de la page importent le code de l’app : il passerait avant la première peinture.',
  )
if (!react)
  console.error(
    'La première visite ne charge pas React (react-dom) : seul React est pris en charge.',
  )
if (total > BUDGET_KB * 1024 || leaks.length > 0 || unhinted.length > 0 || !react || earlyTooLarge)
  process.exit(1)
