// The tenant a journey starts from, in the state it asks for, that no other running journey
// uses: the mock API's seed (each page has mock data of its own), a tenant made for the journey
// on the reference server, the worker's own on a deployed app; put in that state through the
// contract where it is not a seed.
import type { APIRequestContext, TestInfo } from '@playwright/test'
import { tenantsOfWorker } from './deployed-app'
import type { ReferenceServerTarget } from './reference-server'
import { addTenant } from './reference-tenants'
import { configureInProduction, resetToNew } from './tenant-states'

/** The mock API's seeded tenants (contract/demo-tenants.ts). */
const MOCK_TENANTS = { fresh: 'portaildesaides', configured: 'mairie-exemple' }

export type TenantState = keyof typeof MOCK_TENANTS

interface Where {
  mockApi: boolean
  referenceServer: ReferenceServerTarget | null
  request: APIRequestContext
}

/** The tenant's id; skips the journey, saying why, when a deployed app has none for it. */
export async function journeyTenant(
  state: TenantState,
  { mockApi, referenceServer, request }: Where,
  testInfo: TestInfo,
): Promise<string> {
  if (mockApi) return MOCK_TENANTS[state]
  let id: string
  if (referenceServer) {
    id = await addTenant(referenceServer)
    if (state === 'fresh') return id
  } else {
    const tenants = tenantsOfWorker(testInfo.parallelIndex)
    if ('missing' in tenants) testInfo.skip(true, tenants.missing)
    id = 'missing' in tenants ? '' : tenants[state]
    if (state === 'fresh') await resetToNew(request, id)
  }
  if (state === 'configured') await configureInProduction(request, id)
  return id
}
