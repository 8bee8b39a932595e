import { afterAll, afterEach, beforeAll } from 'vitest'
import { mockFaults, mockStore, server } from '../mocks/node'

// The mock API's handlers, as in the browser; any request they do not know fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  mockStore.reset()
  mockFaults.select(null)
})
afterAll(() => server.close())
