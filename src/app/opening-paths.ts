import { matchRoute } from '#contract/app-routes'
import { CATALOGUE_PATH, settingsPath, tenantPath } from '../features/france-connect/paths'
import { SESSION_PATH } from '../features/session/paths'
import { TENANTS_PATH } from '../features/tenants/paths'

/**
 * The API's GET paths a page asks for first, from its path inside the app and its query
 * string: what the early script sends before the app's bundle has arrived (src/early.ts), and
 * what the page's first queries then ask for (the tab's: prefetch.ts; a test checks that both
 * agree). The overview's first page only without filters in the address: the early script
 * does not read them (the contract's schemas are not in its few hundred bytes).
 */
export function openingPaths(path: string, search = ''): string[] {
  const route = matchRoute(path)
  if (route.name === 'france-connect') {
    return [SESSION_PATH, settingsPath(route.tenantId), tenantPath(route.tenantId), CATALOGUE_PATH]
  }
  if (route.name === 'root' && (search === '' || search === '?')) {
    return [SESSION_PATH, TENANTS_PATH, CATALOGUE_PATH]
  }
  return [SESSION_PATH]
}
