import { setupServer } from 'msw/node'
import { createHandlers } from './handlers'
import { createFaultState } from './scenarios'
import { createMockStore } from './store'

/** The API base the component tests use; the same handlers as in the browser. */
export const TEST_API_BASE_URL = 'http://localhost/api'

export const mockStore = createMockStore()
export const mockFaults = createFaultState()
export const server = setupServer(...createHandlers(TEST_API_BASE_URL, mockStore, mockFaults))
