import { StrictMode, useEffect, type ReactNode } from 'react'
import './components.css'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { ConfigErrorPage } from './config-error-page'
import { Providers } from './providers'
import { prefetchOpenedPage } from './prefetch'
import { createQueryClient } from './query-client'
import { preloadOpenedPage, Routes } from './routes'
import { seedShellState, SHELL_ATTRIBUTE } from './shell-state'
import { loadRuntimeConfig, RuntimeConfigError } from '../config/runtime-config'
import { createApiClient } from '../lib/api-client'
import { cacheMarianneWhenIdle } from '../lib/marianne'
import { takeConfigResponse } from '../early'

export const APP_START_MARK = 'reglages:app-start'

/** Says when the tree it wraps is in the page (hydrated or drawn). */
function Mounted({ onMounted, children }: { onMounted: () => void; children: ReactNode }) {
  useEffect(onMounted, [onMounted])
  return children
}

/**
 * Starts the app in `root`. A root holding the page's shell (src/shell.tsx, named by its
 * `data-shell`) is hydrated: its elements stay, in the state they were drawn in (no data yet),
 * and the data is taken only then. An empty root is drawn once the session is known.
 */
export async function boot(root: HTMLElement) {
  // When the app's code starts, for measures (e2e/first-visit.spec.ts, the browser's tools).
  performance.mark(APP_START_MARK)
  preloadOpenedPage()
  const shell = root.getAttribute(SHELL_ATTRIBUTE)
  let config
  let mockPanel: ReactNode = null
  try {
    config = await loadRuntimeConfig(undefined, takeConfigResponse)
    if (config.mockApi) {
      const { startMockApi } = await import('../mocks/browser')
      const ScenarioPanel = await startMockApi(config).catch(() => {
        throw new RuntimeConfigError(
          'L’API simulée (mockApi) n’a pas pu démarrer : son service worker exige une page servie en https ou depuis localhost.',
        )
      })
      mockPanel = <ScenarioPanel />
    }
  } catch (error) {
    const message =
      error instanceof RuntimeConfigError
        ? error.message
        : 'Le démarrage a échoué de façon inattendue.'
    createRoot(root).render(<ConfigErrorPage message={message} />)
    return
  }
  const api = createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs })
  const queryClient = createQueryClient()
  let mounted = () => {}
  const inPage = new Promise<void>((resolve) => (mounted = resolve))
  const app = (
    <StrictMode>
      <Mounted onMounted={mounted}>
        <Providers config={config} api={api} queryClient={queryClient} mockPanel={mockPanel}>
          <Routes />
        </Providers>
      </Mounted>
    </StrictMode>
  )
  if (shell) {
    seedShellState(queryClient, shell)
    hydrateRoot(root, app)
    await inPage
    await prefetchOpenedPage(queryClient, api)
  } else {
    // The frame's first render already says who is signed in (and the local mode's notice):
    // nothing then moves the page down once it is drawn.
    await prefetchOpenedPage(queryClient, api)
    createRoot(root).render(app)
    await inPage
  }
  cacheMarianneWhenIdle()
}
