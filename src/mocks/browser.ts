import { setupWorker } from 'msw/browser'
import type { RuntimeConfig } from '../config/runtime-config'
import { createHandlers } from './handlers'
import { createMockStore } from './store'

/** Starts the mock API in the browser (loaded only when `mockApi` is on). */
export async function startMockApi(config: RuntimeConfig): Promise<void> {
  const store = createMockStore({ storage: window.sessionStorage })
  const worker = setupWorker(...createHandlers(config.apiBaseUrl, store))
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    // Request logging would print request bodies, secrets included, in the console.
    quiet: true,
  })
}
