// How index.html loads the app on a first visit (build only):
// - the early script (src/early.ts) is a chunk of its own, also loaded with `async` right
//   after the charset: it runs as soon as its few hundred bytes arrive and sends the opened
//   page's first requests while the rest downloads. The app imports the same chunk, so both
//   share one module (and what it started);
// - the app's code (src/app/boot.tsx, imported by src/main.tsx once the shell is painted):
//   index.html names every chunk it imports and their styles, and the entry preloads them all
//   at once as soon as the shell is painted, rather than one import after the other; before
//   that, they would only compete with what the first paint needs;
// - a classic script of a few bytes decides, before the styles apply, whether the page uses
//   Marianne (src/lib/marianne.ts).

import type { Plugin, Rolldown } from 'vite'
import { APP_FILES_META, MARIANNE_SCRIPT } from '../src/lib/first-visit-names.ts'

const MARIANNE_ASSET = 'marianne.js'
const BOOT_MODULE = '/src/app/boot.tsx'
/** The entry stays apart: it must run (and let the shell be painted) before the app's code. */
const ENTRY = '/src/main.tsx'

/** A module and every module it imports statically, transitively: what runs when it runs. */
function staticClosure(
  start: string | undefined,
  info: (id: string) => { importedIds: readonly string[] } | null,
): Set<string> {
  const found = new Set<string>()
  const pending = start ? [start] : []
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue
    found.add(id)
    pending.push(...(info(id)?.importedIds ?? []))
  }
  return found
}

export function firstVisit(): Plugin {
  let base = '/'
  // Read off the import graph once it is known (buildEnd), before the chunks are made: what
  // the early script runs, and what the app's start runs. Whatever is imported only by a
  // dynamic import (a section loaded on demand: a folder's entry module, see the lazy()
  // calls) stays out of both and gets chunks of its own.
  let early = new Set<string>()
  let app = new Set<string>()
  return {
    name: 'first-visit',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()]
      const info = (id: string) => this.getModuleInfo(id)
      // What the entry runs before the shell is painted (src/main.tsx's own imports: the early
      // script, the preload of the app's files): one small file. The app: what boot.tsx runs.
      const entry = ids.find((id) => id.endsWith(ENTRY))
      early = staticClosure(entry, info)
      if (entry) early.delete(entry)
      app = staticClosure(
        ids.find((id) => id.endsWith(BOOT_MODULE)),
        info,
      )
      for (const id of early) app.delete(id)
      if (early.size === 0 || app.size === 0) {
        throw new Error('first-visit : src/early.ts ou src/app/boot.tsx est introuvable')
      }
    },
    buildStart() {
      // Whether the page uses Marianne, decided before its first paint (src/lib/marianne.ts):
      // a classic script of a few bytes, before the styles, in a file of its own (no inline
      // script under the Content-Security-Policy), cached for a year like every asset.
      this.emitFile({ type: 'asset', name: MARIANNE_ASSET, source: MARIANNE_SCRIPT })
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                // The early script whole, in one small file (it runs before anything else),
                // with the loader the entry uses for the app's code.
                {
                  name: 'early',
                  priority: 3,
                  test: (id: string) => early.has(id) || id.includes('vite/preload-helper'),
                },
                // The libraries every page runs, in one file.
                {
                  name: 'libraries',
                  priority: 2,
                  test: (id: string) => app.has(id) && id.includes('/node_modules/'),
                },
                // The app's own modules that a first visit runs, in one file rather than
                // scattered among small chunks shared with the sections loaded on demand.
                {
                  name: 'app',
                  priority: 1,
                  test: (id: string) => app.has(id) && !id.endsWith(ENTRY),
                },
              ],
            },
          },
        },
      },
    }),
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle = {} }) {
        const chunks = Object.values(bundle).filter(
          (output): output is Rolldown.OutputChunk => output.type === 'chunk',
        )
        // The chunk holding src/early.ts's code (its entry may be a mere re-export of it).
        const early = chunks.find((chunk) =>
          chunk.moduleIds.some((id) => id.endsWith('/src/early.ts')),
        )
        const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(BOOT_MODULE))
        if (!early || !boot) {
          throw new Error('first-visit : src/early.ts ou src/app/boot.tsx n’a pas été construit')
        }
        const charset = '<meta charset="utf-8" />'
        if (!html.includes(charset)) throw new Error(`first-visit : ${charset} manque à index.html`)
        const marianne = Object.values(bundle).find(
          (output) => output.type === 'asset' && output.names.includes(MARIANNE_ASSET),
        )
        if (!marianne) throw new Error(`first-visit : ${MARIANNE_ASSET} n’a pas été émis`)
        const scripts = [
          `<script type="module" async crossorigin src="${base}${early.fileName}"></script>`,
          `<script src="${base}${marianne.fileName}"></script>`,
        ].join('\n    ')

        const preloaded = new Set<string>()
        const visit = (fileName: string) => {
          const output = bundle[fileName]
          if (preloaded.has(fileName) || fileName === early.fileName) return
          preloaded.add(fileName)
          if (output?.type === 'chunk') for (const imported of output.imports) visit(imported)
        }
        visit(boot.fileName)
        const styles = [...preloaded].flatMap((fileName) => {
          const output = bundle[fileName]
          return output?.type === 'chunk' ? [...(output.viteMetadata?.importedCss ?? [])] : []
        })
        // Named, not linked: the entry preloads them once the shell is painted (src/lib/app-files.ts),
        // so that they never compete with what the first paint needs.
        const files = [
          ...[...preloaded].filter((fileName) => !html.includes(`${base}${fileName}"`)),
          ...styles,
        ].map((fileName) => `${base}${fileName}`)
        const meta = `<meta name="${APP_FILES_META}" content="${files.join(' ')}" />`
        // Right after the charset: the first requests the page makes after its own HTML.
        return html
          .replace(charset, `${charset}\n    ${scripts}`)
          .replace('</head>', `  ${meta}\n  </head>`)
      },
    },
  }
}

/** In development (served without the Content-Security-Policy), the same decision, inline. */
export function marianneInDevelopment(): Plugin {
  return {
    name: 'marianne-in-development',
    apply: 'serve',
    transformIndexHtml: () => [
      { tag: 'script', children: MARIANNE_SCRIPT, injectTo: 'head' as const },
    ],
  }
}
