import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Providers } from '../app/providers'
import { createQueryClient } from '../app/query-client'
import type { RuntimeConfig } from '../config/runtime-config'
import { FranceConnectPage } from '../features/france-connect/pages/france-connect-page'
import { createApiClient } from '../lib/api-client'
import { TEST_API_BASE_URL } from '../mocks/node'

// The tab's on-demand sections, imported once before any test draws them. Under test, a module's
// first import means transforming it, which on a busy machine can outlast a findBy… wait; the
// lazy boundaries themselves are still crossed (React.lazy resolves them a tick later).
await Promise.all([
  import('../features/france-connect/history/history-section'),
  import('../features/france-connect/declaration/declaration-section'),
  import('../features/france-connect/settings-form/conflict-modal'),
])

export const testConfig: RuntimeConfig = {
  apiBaseUrl: TEST_API_BASE_URL,
  mockApi: true,
  defaultTenant: 'portaildesaides',
  requestTimeoutMs: 2_000,
}

/** Renders `content` inside the app's providers, against the mock API, without retry delays. */
export function renderWithProviders(content: ReactNode) {
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
      {content}
    </Providers>,
  )
  return { user, queryClient, ...view }
}

/** Renders one tenant's tab against the mock API, as the app does. */
export function renderTab(tenantId = 'portaildesaides') {
  return renderWithProviders(<FranceConnectPage tenantId={tenantId} />)
}
