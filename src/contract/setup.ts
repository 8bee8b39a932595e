import { afterAll, beforeAll } from 'vitest'
import { server } from '../mocks/node'
import { againstRealBackend } from './contract-client'

// Against the mock API, the same handlers as everywhere else; against a real backend, nothing.
if (!againstRealBackend) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())
}
