import { describe, expect, it } from 'vitest'
import { pruneCssVariables } from './css-variables.ts'

type Output =
  | { type: 'asset'; fileName: string; source: string }
  | { type: 'chunk'; fileName: string; code: string }

function prune(bundle: Record<string, Output>) {
  const plugin = pruneCssVariables()
  const hook = plugin.generateBundle as unknown as (options: unknown, bundle: unknown) => void
  hook.call({}, {}, bundle)
  return bundle
}

describe('the pruning of CSS variables', () => {
  it('keeps what a stylesheet or the app’s code reads, across files, and drops the rest', () => {
    const bundle = prune({
      'core.css': {
        type: 'asset',
        fileName: 'core.css',
        source:
          ':root{--unused:1px;--read-by-other:red;--inline:blue;--chained:var(--deep);--deep:2px}',
      },
      'section.css': {
        type: 'asset',
        fileName: 'section.css',
        source: '.a{color:var(--read-by-other);margin:var(--chained)}',
      },
      'app.js': { type: 'chunk', fileName: 'app.js', code: 'el.style.color="var(--inline)"' },
    })
    const core = (bundle['core.css'] as { source: string }).source
    expect(core).not.toContain('--unused')
    for (const kept of ['--read-by-other', '--inline', '--chained', '--deep'])
      expect(core).toContain(kept)
  })
})
