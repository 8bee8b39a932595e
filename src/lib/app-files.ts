// The app's files, named by index.html (build/first-visit.ts): its chunks and their styles, in the
// <meta> named APP_FILES_META, separated by spaces.
import { APP_FILES_META } from './first-visit-names'

/**
 * Preloads the app's files, all at once (fetched and parsed, not run), once the shell is
 * painted: the app's code then runs in short tasks without waiting for one file after another.
 */
export function preloadAppFiles(doc: Document = document): void {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${APP_FILES_META}"]`)
  for (const href of meta?.content.split(' ').filter(Boolean) ?? []) {
    const link = doc.createElement('link')
    if (href.endsWith('.css')) {
      link.rel = 'preload'
      link.setAttribute('as', 'style')
    } else {
      link.rel = 'modulepreload'
    }
    link.crossOrigin = 'anonymous'
    link.href = href
    doc.head.append(link)
  }
}
