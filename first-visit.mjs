// How index.html loads the app on a first visit (build only):
// - the early script (src/early.ts) is a chunk of its own, also loaded with `async` right
//   after the charset: it runs as soon as its few hundred bytes arrive and sends the opened
//   page's first requests while the rest downloads. The app imports the same chunk, so both
//   share one module (and what it started);
// - the app's code (src/app/boot.tsx, imported by src/main.tsx once the shell is painted) is
//   preloaded from the start, with every chunk it imports: it downloads beside the styles
//   instead of after them.

const BOOT_MODULE = '/src/app/boot.tsx'

/** @returns {import('vite').Plugin} */
export function firstVisit() {
  let base = '/'
  return {
    name: 'first-visit',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            advancedChunks: {
              groups: [
                // The early script whole, in one small file (it runs before anything else).
                {
                  name: 'early',
                  test: /src\/(early|app\/opening-paths|lib\/(app-path|api-path|early-requests)|features\/\w+\/paths)\.ts$|contract\/app-routes\.ts$/,
                },
                // The libraries every page runs, in one file rather than scattered among the
                // chunks that share them.
                {
                  name: 'libraries',
                  test: /node_modules\/(preact|@tanstack|zod|react-hook-form|@hookform)\//,
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
        const script = `<script type="module" async crossorigin src="${base}${early.fileName}"></script>`

        const preloaded = new Set()
        const visit = (fileName) => {
          if (preloaded.has(fileName) || fileName === early.fileName) return
          preloaded.add(fileName)
          for (const imported of bundle[fileName]?.imports ?? []) visit(imported)
        }
        visit(boot.fileName)
        const links = [...preloaded]
          .filter((fileName) => !html.includes(`${base}${fileName}"`))
          .map((fileName) => `<link rel="modulepreload" crossorigin href="${base}${fileName}">`)
        // Right after the charset: the first request the page makes after its own HTML.
        return html
          .replace(charset, `${charset}\n    ${script}`)
          .replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
      },
    },
  }
}
