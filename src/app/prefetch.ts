import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../lib/api-client'
import { appPath } from '../lib/router'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../features/france-connect/queries'
import { sessionQueryOptions } from '../features/session/queries'
import { matchRoute } from '#contract/app-routes'

/**
 * Starts the queries of the page being opened as soon as the configuration is read, before
 * the first render (taking the requests src/early.ts has already sent): the tab's settings
 * arrive while the page's frame is drawn, not after. Resolves once the session is known (every
 * page's frame says who is signed in), whatever the answer, or after `sessionWaitMs` at most:
 * a slow or failing session service does not hold the page.
 */
export async function prefetchOpenedPage(
  queryClient: QueryClient,
  api: ApiClient,
  sessionWaitMs = 2000,
) {
  // A failure is the page's to show (its query keeps the error): nothing to do here.
  const ignore = () => undefined
  const session = queryClient.query(sessionQueryOptions(api)).catch(ignore)
  const route = matchRoute(appPath())
  if (route.name === 'france-connect') {
    queryClient.query(settingsQueryOptions(api, route.tenantId)).catch(ignore)
    queryClient.query(tenantQueryOptions(api, route.tenantId)).catch(ignore)
    queryClient.query(environmentCatalogueQueryOptions(api)).catch(ignore)
  }
  await Promise.race([session, new Promise((resolve) => setTimeout(resolve, sessionWaitMs))])
}
