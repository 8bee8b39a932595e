// Build only: drops the custom properties (`--name: …`) that no stylesheet of the app reads.
// DSFR's core declares about a thousand; each stylesheet is purged of unused rules on its own
// (build/css.ts), but a variable declared in one (the core, in the frame's stylesheet) is
// often read only by another (a component's, loaded with the app or with a lazy screen), so
// the pruning waits for all of them: every `var(--name)` of every stylesheet keeps `--name`,
// until no declaration left reads another one that would go. A `var(--name)` written in the
// app's code (an inline style) keeps `--name` too: it is read off the built chunks.
import postcss from 'postcss'
import type { Plugin } from 'vite'

export function pruneCssVariables(): Plugin {
  return {
    name: 'prune-css-variables',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter(
        (output) => output.type === 'asset' && output.fileName.endsWith('.css'),
      ) as { source: string | Uint8Array }[]
      const roots = sheets.map((sheet) => postcss.parse(String(sheet.source)))
      const readByCode = new Set<string>()
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        for (const match of output.code.matchAll(/var\(\s*(--[\w-]+)/g))
          if (match[1]) readByCode.add(match[1])
      }
      for (;;) {
        const read = new Set<string>(readByCode)
        for (const root of roots) {
          root.walkDecls((declaration) => {
            for (const match of declaration.value.matchAll(/var\(\s*(--[\w-]+)/g))
              if (match[1]) read.add(match[1])
          })
        }
        let removed = 0
        for (const root of roots) {
          root.walkDecls(/^--/, (declaration) => {
            if (read.has(declaration.prop)) return
            declaration.remove()
            removed += 1
          })
        }
        if (removed === 0) break
      }
      // Rules and at-rules left empty go too.
      for (const root of roots) {
        let emptied = true
        while (emptied) {
          emptied = false
          root.walk((node) => {
            if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) {
              node.remove()
              emptied = true
            }
          })
        }
      }
      sheets.forEach((sheet, index) => {
        sheet.source = roots[index]?.toString() ?? sheet.source
      })
    },
  }
}
