import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Providers } from '../app/providers'
import { createQueryClient } from '../app/query-client'
import type { RuntimeConfig } from '../config/runtime-config'
import { FranceConnectPage } from '../features/france-connect/pages/france-connect-page'
import { createApiClient } from '../lib/api-client'
import { TEST_API_BASE_URL } from '../mocks/node'

export const testConfig: RuntimeConfig = {
  apiBaseUrl: TEST_API_BASE_URL,
  mockApi: true,
  defaultTenant: 'portaildesaides',
  requestTimeoutMs: 2_000,
}

/** Renders one tenant's tab against the mock API, as the app does, without retry delays. */
export function renderTab(tenantId = 'portaildesaides') {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 },
  })
  const api = createApiClient({
    baseUrl: testConfig.apiBaseUrl,
    timeoutMs: testConfig.requestTimeoutMs,
  })
  const user = userEvent.setup()
  const view = render(
    <Providers config={testConfig} api={api} queryClient={queryClient}>
      <FranceConnectPage tenantId={tenantId} />
    </Providers>,
  )
  return { user, queryClient, ...view }
}
