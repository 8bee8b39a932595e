import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Providers } from '../app/providers'
import { createQueryClient } from '../app/query-client'
import { Routes } from '../app/routes'
import { createApiClient } from '../lib/api-client'
import { testConfig } from './render-tab'

/** Renders the whole app at `path` (e.g. "/?page=2") against the mock API, without retry delays. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path)
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
      <Routes />
    </Providers>,
  )
  return { user, queryClient, ...view }
}
