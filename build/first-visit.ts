// How index.html loads the app on a first visit (build only):
// - the early script (src/early.ts, imported first by the entry) is a chunk of its own, with
//   what it imports: it runs as soon as the entry's imports are there and sends the opened
//   page's first requests while the app's code downloads;
// - the app's code (src/app/boot.tsx, imported by src/main.tsx once the shell is painted): the
//   libraries in one file, the app's own modules in another, whatever chunks a rename or a move
//   would otherwise scatter them into;
// - a classic script of a few bytes decides, before the styles apply, whether the page uses
//   Marianne (src/lib/marianne.ts).

import type { Plugin } from 'vite'
import { MARIANNE_SCRIPT } from '../src/lib/first-visit-names.ts'

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
      // script, the paint helpers): one small file. The app: what boot.tsx runs.
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
        const charset = '<meta charset="utf-8" />'
        if (!html.includes(charset)) throw new Error(`first-visit : ${charset} manque à index.html`)
        const marianne = Object.values(bundle).find(
          (output) => output.type === 'asset' && output.names.includes(MARIANNE_ASSET),
        )
        if (!marianne) throw new Error(`first-visit : ${MARIANNE_ASSET} n’a pas été émis`)
        // Right after the charset, before the styles: decided before the first paint.
        return html.replace(
          charset,
          `${charset}\n    <script src="${base}${marianne.fileName}"></script>`,
        )
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
