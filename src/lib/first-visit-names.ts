// The names the built page (build/first-visit.ts), the app, `npm run size` and the journeys share.

/** On <html>: Marianne's files are in the cache, the page uses it (see src/app/fonts.css). */
export const MARIANNE_CLASS = 'fc-marianne'

/** Set once Marianne's faces were fetched: not a secret, and nothing else is kept with it. */
export const MARIANNE_STORAGE_KEY = 'reglages:marianne-en-cache'

/**
 * The classic script index.html runs before its styles, so before the first paint (build/first-visit.ts
 * writes it to a file of its own; the Content-Security-Policy allows no inline script).
 */
export const MARIANNE_SCRIPT = `try{localStorage.getItem(${JSON.stringify(MARIANNE_STORAGE_KEY)})&&document.documentElement.classList.add(${JSON.stringify(MARIANNE_CLASS)})}catch(e){}`
