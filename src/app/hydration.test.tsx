// @vitest-environment happy-dom
import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderShells } from '../shell'
import { createApiClient } from '../lib/api-client'
import { TEST_API_BASE_URL } from '../mocks/node'
import { Providers } from './providers'
import { createQueryClient } from './query-client'
import { Routes } from './routes'
import { seedShellState } from './shell-state'

// Hydrated as in a browser, not inside act(): React works on its own schedule and says when
// the page is in (an effect), which act() would hold back until its scope ends.
const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean })
  .IS_REACT_ACT_ENVIRONMENT
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false }))
afterAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: actEnvironment }))

afterEach(() => {
  window.history.replaceState(null, '', '/')
  document.body.innerHTML = ''
})

/**
 * The app takes each shell over as React hydrates a server's page: with the real address and
 * configuration (another default tenant, another API address), the first render must give the
 * very elements of the shell, or React would throw them away and draw the page again.
 */
describe('the pages’ shells, taken over by the app', () => {
  it.each([
    ['france-connect', '/tenants/mairie-exemple/france-connect'],
    ['france-connect.local', '/tenants/mairie-exemple/france-connect'],
    ['root', '/'],
    ['root.local', '/?page=2&q=mairie'],
  ])('hydrates the %s shell at %s without a mismatch, keeping its elements', async (name, path) => {
    window.history.replaceState(null, '', path)
    const root = document.createElement('div')
    root.innerHTML = (await renderShells())[name] ?? ''
    document.body.append(root)
    const heading = root.querySelector('h1')
    expect(heading).not.toBeNull()
    const recoverable = vi.fn()
    const consoleError = vi.spyOn(console, 'error')
    /** The state the app starts from at this shell, here and in the empty root below. */
    const startingState = () => {
      const client = createQueryClient()
      seedShellState(client, name)
      return client
    }
    const queryClient = startingState()
    const config = {
      apiBaseUrl: TEST_API_BASE_URL,
      mockApi: false,
      defaultTenant: 'un-autre-espace',
      requestTimeoutMs: 2_000,
    }
    const api = createApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: 2_000 })
    let hydrated = () => {}
    const done = new Promise<void>((resolve) => (hydrated = resolve))
    function Hydrated() {
      useEffect(hydrated, [])
      return null
    }
    const reactRoot = hydrateRoot(
      root,
      <Providers config={config} api={api} queryClient={queryClient}>
        <Routes />
        <Hydrated />
      </Providers>,
      { onRecoverableError: recoverable },
    )
    await done
    expect(
      recoverable.mock.calls.map(([error]) => `${String(error)} ${String((error as Error).cause)}`),
    ).toEqual([])
    const errors = consoleError.mock.calls
      .map((args) => args.map(String).join(' '))
      // The build renders the shells in a process of its own; here both renderers share one,
      // and React's development build says so of the contexts the first one provided.
      .filter((text) => !text.startsWith('Detected multiple renderers concurrently'))
    expect(errors).toEqual([])
    // The same element, not a copy drawn in its place…
    expect(root.querySelector('h1')).toBe(heading)
    // …and nothing left over: the page is what the app draws in that state on an empty root.
    const drawn = document.createElement('div')
    const drawnClient = startingState()
    const drawnRoot = createRoot(drawn)
    flushSync(() =>
      drawnRoot.render(
        <Providers config={config} api={api} queryClient={drawnClient}>
          <Routes />
        </Providers>,
      ),
    )
    const withoutMarkers = (html: string) => html.replace(/<!--.*?-->/g, '')
    expect(withoutMarkers(root.innerHTML)).toBe(withoutMarkers(drawn.innerHTML))
    drawnRoot.unmount()
    reactRoot.unmount()
  })
})
