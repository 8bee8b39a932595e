// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { APP_FILES_META } from './first-visit-names'
import { preloadAppFiles } from './app-files'

// (A component test for its DOM, though it draws nothing.)
function page(content: string | null) {
  const doc = document.implementation.createHTMLDocument('')
  if (content !== null) {
    const meta = doc.createElement('meta')
    meta.name = APP_FILES_META
    meta.content = content
    doc.head.append(meta)
  }
  return doc
}

const links = (doc: Document) =>
  [...doc.head.querySelectorAll('link')].map((link) => ({
    rel: link.rel,
    as: link.getAttribute('as'),
    href: link.getAttribute('href'),
    crossOrigin: link.crossOrigin,
  }))

describe('the app’s files, preloaded once the shell is painted', () => {
  it('preloads each named chunk as a module and each stylesheet as a style', () => {
    const doc = page('/assets/boot-1.js /assets/libraries-2.js  /assets/app-3.css')
    preloadAppFiles(doc)
    expect(links(doc)).toEqual([
      { rel: 'modulepreload', as: null, href: '/assets/boot-1.js', crossOrigin: 'anonymous' },
      { rel: 'modulepreload', as: null, href: '/assets/libraries-2.js', crossOrigin: 'anonymous' },
      { rel: 'preload', as: 'style', href: '/assets/app-3.css', crossOrigin: 'anonymous' },
    ])
  })

  it('does nothing where the page names none (development, another server’s index.html)', () => {
    const doc = page(null)
    preloadAppFiles(doc)
    expect(links(doc)).toEqual([])
  })
})
