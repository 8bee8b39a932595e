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

import { APP_FILES_META, MARIANNE_SCRIPT } from './first-visit-names.mjs'

const MARIANNE_ASSET = 'marianne.js'
const BOOT_MODULE = '/src/app/boot.tsx'
/** The entry stays apart: it must run (and let the shell be painted) before the app's code. */
const ENTRY = '/src/main.tsx'

const EARLY_MODULES =
  /\/src\/(early|app\/opening-paths|lib\/(app-path|api-path|app-files|early-requests|yield)|features\/\w+\/paths)\.ts$|\/contract\/app-routes\.ts$/
const LIBRARIES =
  /\/node_modules\/(react|react-dom|scheduler|@tanstack|zod|react-hook-form|@hookform)\//
const APP_MODULES = /\/(src|contract)\/.*\.tsx?$/
/**
 * What only some visits open, and the modules only they use: the overview, the history, the
 * declaration, the conflict window, a test's details, the contrast bench, the mock API. A
 * module missing here is merely loaded on a first visit (`npm run size` tells); one listed
 * here that a first visit runs gets a small chunk of its own.
 */
const ON_DEMAND_MODULES = new RegExp(
  [
    '/src/mocks/',
    '/src/features/tenants/(?!pages/overview-heading)',
    '/contract/(tenants-overview|connection-texts|demo-tenants)\\.ts$',
    '/src/features/france-connect/components/(conflict-modal|connection-checks|declaration-section|declaration-values|subs-question|history-entry|history-section)\\.tsx$',
    '/src/features/france-connect/(declaration|differences|history-text|restore-values|use-restore-version)\\.ts$',
    '/src/features/france-connect/pages/preview-page\\.tsx$',
    '/src/components/(copy-field|pagination)\\.tsx$',
    '/src/lib/clipboard\\.ts$',
  ].join('|'),
)

/** @returns {import('vite').Plugin} */
export function firstVisit() {
  let base = '/'
  return {
    name: 'first-visit',
    apply: 'build',
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
            advancedChunks: {
              groups: [
                // The early script whole, in one small file (it runs before anything else),
                // with the loader the entry uses for the app's code.
                {
                  name: 'early',
                  priority: 3,
                  test: (id) => EARLY_MODULES.test(id) || id.includes('vite/preload-helper'),
                },
                // The libraries every page runs, in one file.
                { name: 'libraries', priority: 2, test: LIBRARIES },
                // The app's own modules that a first visit runs, in one file rather than
                // scattered among small chunks shared with the screens loaded on demand.
                {
                  name: 'app',
                  priority: 1,
                  test: (id) =>
                    APP_MODULES.test(id) && !ON_DEMAND_MODULES.test(id) && !id.endsWith(ENTRY),
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
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk')
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

        const preloaded = new Set()
        const visit = (fileName) => {
          if (preloaded.has(fileName) || fileName === early.fileName) return
          preloaded.add(fileName)
          for (const imported of bundle[fileName]?.imports ?? []) visit(imported)
        }
        visit(boot.fileName)
        const styles = [...preloaded].flatMap((fileName) => [
          ...(bundle[fileName]?.viteMetadata?.importedCss ?? []),
        ])
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
/** @returns {import('vite').Plugin} */
export function marianneInDevelopment() {
  return {
    name: 'marianne-in-development',
    apply: 'serve',
    transformIndexHtml: () => [{ tag: 'script', children: MARIANNE_SCRIPT, injectTo: 'head' }],
  }
}
