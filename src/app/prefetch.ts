import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../lib/api-client'
import { appPath } from '../lib/router'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../features/france-connect/queries'
import { sessionQueryOptions } from '../features/session/queries'
import { matchRoute } from './route-table'

/**
 * Starts the requests of the page being opened as soon as the configuration is read, before
 * the first render: the tab's settings arrive while the page's frame is drawn, not after.
 */
export function prefetchOpenedPage(queryClient: QueryClient, api: ApiClient) {
  // A failure is the page's to show (its query keeps the error): nothing to do here.
  const ignore = () => undefined
  // Every page's frame says who is signed in.
  queryClient.query(sessionQueryOptions(api)).catch(ignore)
  const route = matchRoute(appPath())
  if (route.name !== 'france-connect') return
  queryClient.query(settingsQueryOptions(api, route.tenantId)).catch(ignore)
  queryClient.query(tenantQueryOptions(api, route.tenantId)).catch(ignore)
  queryClient.query(environmentCatalogueQueryOptions(api)).catch(ignore)
}
