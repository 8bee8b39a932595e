import { StrictMode, type ReactNode } from 'react'
import './components.css'
import { createRoot } from 'react-dom/client'
import { ConfigErrorPage } from './config-error-page'
import { Providers } from './providers'
import { prefetchOpenedPage } from './prefetch'
import { createQueryClient } from './query-client'
import { preloadOpenedPage, Routes } from './routes'
import { loadRuntimeConfig, RuntimeConfigError } from '../config/runtime-config'
import { createApiClient } from '../lib/api-client'
import { cacheMarianneWhenIdle } from '../lib/marianne'
import { yieldToBrowser } from '../lib/yield'

export const APP_START_MARK = 'reglages:app-start'
import { takeConfigResponse } from '../early'

/** Starts the app in `root`, which may hold the page's shell (src/shell.tsx): it is replaced. */
export async function boot(root: HTMLElement) {
  // When the app's code starts, for measures (e2e/first-visit.spec.ts, the browser's tools).
  performance.mark(APP_START_MARK)
  const reactRoot = createRoot(root)
  preloadOpenedPage()
  try {
    const config = await loadRuntimeConfig(undefined, takeConfigResponse)
    let mockPanel: ReactNode = null
    if (config.mockApi) {
      const { startMockApi } = await import('../mocks/browser')
      const ScenarioPanel = await startMockApi(config).catch(() => {
        throw new RuntimeConfigError(
          'L’API simulée (mockApi) n’a pas pu démarrer : son service worker exige une page servie en https ou depuis localhost.',
        )
      })
      mockPanel = <ScenarioPanel />
    }
    const api = createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs })
    const queryClient = createQueryClient()
    // The frame's first render already says who is signed in (and the local mode's notice):
    // nothing then moves the page down once it is drawn.
    await prefetchOpenedPage(queryClient, api)
    await yieldToBrowser()
    reactRoot.render(
      <StrictMode>
        <Providers config={config} api={api} queryClient={queryClient} mockPanel={mockPanel}>
          <Routes />
        </Providers>
      </StrictMode>,
    )
    cacheMarianneWhenIdle()
  } catch (error) {
    const message =
      error instanceof RuntimeConfigError
        ? error.message
        : 'Le démarrage a échoué de façon inattendue.'
    reactRoot.render(<ConfigErrorPage message={message} />)
  }
}
