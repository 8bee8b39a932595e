import { existsSync } from 'node:fs'

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/**
 * The Chromium the journeys run in: CHROMIUM_PATH, else the system's Chromium,
 * else undefined (Playwright's own, from `npx playwright install chromium`).
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return systemCandidates.find((candidate) => existsSync(candidate))
}
