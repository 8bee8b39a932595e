// Build only: marks each chunk of the app with V8's explicit compile hint (Chrome 136 and
// later), `//# allFunctionsCalledOnLoad` as its first line. A chunk is loaded only when what
// it holds is about to run, so its functions are compiled at once, on a background thread
// while it downloads, instead of one by one on the main thread at their first call: on a
// phone, that lazy compilation was about a third of each task drawing the tab. Browsers
// without the hint read a comment. The mock API's chunks (development and tests only, large,
// mostly unused) are left as they are.

import type { Plugin } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

const MOCK_MODULES = /\/src\/mocks\/|\/node_modules\/msw\//

export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own rewriting of the chunks (the list of a dynamic import's files comes
      // first in a chunk): the hint must be the first line.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || output.code.startsWith(COMPILE_HINT)) continue
          if (output.moduleIds.some((id) => MOCK_MODULES.test(id))) continue
          output.code = `${COMPILE_HINT}\n${output.code}`
          // One more line at the top: every mapping moves one line down (the source map is
          // already an asset of its own here).
          const map = bundle[`${output.fileName}.map`]
          if (map?.type === 'asset') {
            const content = JSON.parse(String(map.source)) as { mappings: string }
            map.source = JSON.stringify({ ...content, mappings: `;${content.mappings}` })
          }
        }
      },
    },
  }
}
