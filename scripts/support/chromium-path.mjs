import { existsSync } from 'node:fs'

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
// The same Chromium without the browser's own interface (Debian's chromium-headless-shell):
// what Playwright itself runs headless, and about 40 % less CPU for the journeys.
const systemHeadlessShells = ['/usr/bin/chromium-headless-shell']

/**
 * The system's full Chromium (Lighthouse's browser for `npm run perf`): CHROMIUM_PATH, else
 * the system's Chromium, else undefined.
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return systemBrowsers.find((candidate) => existsSync(candidate))
}

/**
 * The Chromium the Playwright journeys run in: CHROMIUM_PATH, else the system's headless shell,
 * else the system's Chromium, else undefined (Playwright's own, from
 * `npx playwright install chromium`, which runs its headless shell).
 */
export function journeyChromium() {
  return (
    process.env.CHROMIUM_PATH ||
    systemHeadlessShells.find((candidate) => existsSync(candidate)) ||
    chromiumExecutable()
  )
}

/** Whether an executable is Chromium's headless shell: Debian's, or Playwright's own. */
export function isHeadlessShell(executable) {
  return /headless[-_]shell/.test(executable)
}
