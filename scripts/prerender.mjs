// After `vite build`: renders each page's shell (src/shell.tsx) into a copy of the built
// index.html, as dist/shells/<page>.html (and .local.html, with the local mode's notice),
// compressed beside like the other files. The reference server answers a page's address with
// its shell; any other server may do the same, or keep serving index.html.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { createServer } from 'vite'

const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'dist')
const ROOT_ELEMENT = '<div id="root"></div>'

const template = readFileSync(join(dist, 'index.html'), 'utf8')
if (!template.includes(ROOT_ELEMENT)) {
  throw new Error(`prerender : ${ROOT_ELEMENT} manque à dist/index.html`)
}

const vite = await createServer({
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
})
try {
  const { renderShells } = await vite.ssrLoadModule('/src/shell.tsx')
  mkdirSync(join(dist, 'shells'), { recursive: true })
  const shells = await renderShells()
  for (const [name, markup] of Object.entries(shells)) {
    // The root names its shell: the app hydrates it (src/app/boot.tsx).
    const html = template.replace(
      ROOT_ELEMENT,
      `<div id="root" data-shell="${name}">${markup}</div>`,
    )
    const path = join(dist, 'shells', `${name}.html`)
    writeFileSync(path, html)
    writeFileSync(`${path}.gz`, gzipSync(html, { level: 9 }))
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    )
  }
  console.log(
    `Coquilles des pages : ${Object.keys(shells)
      .map((name) => `${name}.html`)
      .join(', ')} (dist/shells)`,
  )
} finally {
  await vite.close()
}
