import { setupWorker } from 'msw/browser'
import type { ComponentType } from 'react'
import type { RuntimeConfig } from '../config/runtime-config'
import { createHandlers } from './handlers'
import { createScenarioPanel, SCENARIO_PARAM } from './scenario-panel'
import { createFaultState, isScenarioId } from './scenarios'
import { createMockStore } from './store'

/**
 * Starts the mock API in the browser (loaded only when `mockApi` is on) and returns
 * the panel QA uses to pick a fault scenario.
 */
export async function startMockApi(config: RuntimeConfig): Promise<ComponentType> {
  const requested = new URLSearchParams(window.location.search).get(SCENARIO_PARAM)
  const faults = createFaultState(isScenarioId(requested) ? requested : null)
  const store = createMockStore({ storage: window.sessionStorage })
  const worker = setupWorker(...createHandlers(config.apiBaseUrl, store, faults))
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    // Request logging would print request bodies, secrets included, in the console.
    quiet: true,
  })
  return createScenarioPanel(faults)
}
