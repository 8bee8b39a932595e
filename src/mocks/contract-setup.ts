import { afterAll, beforeAll } from 'vitest'
import { server } from './node'

// The contract suite against the mock API: the same handlers as everywhere else.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
