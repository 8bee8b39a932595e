import { matchRoute } from '#contract/app-routes'
import { CATALOGUE_PATH, settingsPath, tenantPath } from '../features/france-connect/paths'
import { SESSION_PATH } from '../features/session/paths'

/**
 * The API's GET paths a page asks for first, from its path inside the app: what the early
 * script sends before the app's bundle has arrived (src/early.ts), and what the app's first
 * queries then ask for (prefetch.ts; a test checks that both agree).
 */
export function openingPaths(path: string): string[] {
  const route = matchRoute(path)
  if (route.name !== 'france-connect') return [SESSION_PATH]
  return [SESSION_PATH, settingsPath(route.tenantId), tenantPath(route.tenantId), CATALOGUE_PATH]
}
