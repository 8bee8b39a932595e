// Marianne, the State's typeface, is drawn only once its files are in the browser's cache. A
// first visit paints at once in the fallback font (Arial), then, when the page is done, fetches
// the faces for the next one; a later visit finds them in the cache and paints in Marianne from
// the start. Nothing is swapped in on a drawn page: no line moves.

import { MARIANNE_CLASS, MARIANNE_STORAGE_KEY } from './first-visit-names'

/**
 * Fetches Marianne's faces (declared by the styles, unused on this page) into the cache, then
 * remembers it for the next page. Nothing to do when this page already uses them.
 */
export async function cacheMarianne(
  root: { classList: Pick<DOMTokenList, 'contains'> } = document.documentElement,
  fonts: Iterable<{ family: string; load(): Promise<unknown> }> = document.fonts,
  storage: Pick<Storage, 'setItem'> = localStorage,
): Promise<void> {
  if (root.classList.contains(MARIANNE_CLASS)) return
  const faces = [...fonts].filter((face) => face.family.replace(/["']/g, '') === 'Marianne')
  if (faces.length === 0) return
  try {
    await Promise.all(faces.map((face) => face.load()))
    storage.setItem(MARIANNE_STORAGE_KEY, '1')
  } catch {
    // Offline, storage refused: the next page keeps the fallback font, and tries again.
  }
}

/** Once the page has loaded and the browser is idle: the faces never compete with the page. */
export function cacheMarianneWhenIdle(): void {
  // Where fonts are not loaded at all (the tests' DOM), nothing to fetch.
  if (!('fonts' in document)) return
  const run = () => void cacheMarianne()
  const start = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 5_000 })
    else setTimeout(run, 1_000)
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
