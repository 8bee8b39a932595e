import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/styles.css'
import { ConfigErrorPage } from './app/config-error-page'
import { Providers } from './app/providers'
import { prefetchOpenedPage } from './app/prefetch'
import { createQueryClient } from './app/query-client'
import { Routes } from './app/routes'
import { loadRuntimeConfig, RuntimeConfigError } from './config/runtime-config'
import { createApiClient } from './lib/api-client'

async function boot(root: HTMLElement) {
  const reactRoot = createRoot(root)
  try {
    const config = await loadRuntimeConfig()
    let mockPanel: ReactNode = null
    if (config.mockApi) {
      const { startMockApi } = await import('./mocks/browser')
      const ScenarioPanel = await startMockApi(config).catch(() => {
        throw new RuntimeConfigError(
          'L’API simulée (mockApi) n’a pas pu démarrer : son service worker exige une page servie en https ou depuis localhost.',
        )
      })
      mockPanel = <ScenarioPanel />
    }
    const api = createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs })
    const queryClient = createQueryClient()
    prefetchOpenedPage(queryClient, api)
    reactRoot.render(
      <StrictMode>
        <Providers config={config} api={api} queryClient={queryClient} mockPanel={mockPanel}>
          <Routes />
        </Providers>
      </StrictMode>,
    )
  } catch (error) {
    const message =
      error instanceof RuntimeConfigError
        ? error.message
        : 'Le démarrage a échoué de façon inattendue.'
    reactRoot.render(<ConfigErrorPage message={message} />)
  }
}

const root = document.getElementById('root')
if (root) void boot(root)
