// Build only, once the bundle is written: renders each page's shell (src/shell.tsx) into a copy
// of the built index.html, as dist/shells/<page>.html (and .local.html, with the local mode's
// notice), compressed beside like the other files. The reference server answers a page's
// address with its shell, which the app hydrates; any other server may do the same, or keep
// serving index.html.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer, type Plugin } from 'vite'
import { writeCompressed } from './compress.ts'

const ROOT_ELEMENT = '<div id="root"></div>'

export function prerender(): Plugin {
  let outDir = 'dist'
  let root = process.cwd()
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
      root = config.root
    },
    async closeBundle() {
      const template = await readFile(join(outDir, 'index.html'), 'utf8')
      if (!template.includes(ROOT_ELEMENT)) {
        throw new Error(`prerender : ${ROOT_ELEMENT} manque à index.html`)
      }
      const vite = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null },
      })
      try {
        const { renderShells } = (await vite.ssrLoadModule('/src/shell.tsx')) as {
          renderShells: () => Promise<Record<string, string>>
        }
        const shells = await renderShells()
        await mkdir(join(outDir, 'shells'), { recursive: true })
        for (const [name, markup] of Object.entries(shells)) {
          // The root names its shell: the app hydrates it (src/app/boot.tsx).
          const html = template.replace(
            ROOT_ELEMENT,
            `<div id="root" data-shell="${name}">${markup}</div>`,
          )
          const path = join(outDir, 'shells', `${name}.html`)
          await writeFile(path, html)
          await writeCompressed(path, html)
        }
      } finally {
        await vite.close()
      }
    },
  }
}
