// The pages' shells: each page's frame and title as they are drawn before any data has arrived,
// rendered at build time (build/prerender.ts) into index.html's root. A server that serves
// a page with its shell (the reference server does) lets the browser paint the header, the
// title and the notices as soon as the HTML and the styles have arrived; the app then hydrates
// them (src/app/boot.tsx) and draws the data below the title.
import { prerender } from 'react-dom/static'
import type { Route } from '#contract/app-routes'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { RouteView } from './app/routes'
import { seedShellState, SHELL_CONFIG } from './app/shell-state'
import { createApiClient } from './lib/api-client'

/** The pages that have a shell, by the name of their route. */
const SHELL_ROUTES = {
  root: { name: 'root' },
  // No tenant in particular: the title says what the page is, the tenant comes with the data.
  'france-connect': { name: 'france-connect', tenantId: '' },
} satisfies Record<string, Route>

/**
 * One shell's markup, as React hydrates it: prerendered once every lazy part of the page (the
 * overview's code) has loaded, so that the shell holds the page itself, not a fallback.
 */
export async function renderShell(route: Route, shell: string): Promise<string> {
  const queryClient = createQueryClient()
  seedShellState(queryClient, shell)
  const api = createApiClient({ baseUrl: SHELL_CONFIG.apiBaseUrl, timeoutMs: 1 })
  const { prelude } = await prerender(
    <Providers config={SHELL_CONFIG} api={api} queryClient={queryClient}>
      <RouteView route={route} />
    </Providers>,
  )
  return new Response(prelude).text()
}

/** Each shell's markup, by name: `<route>`, and `<route>.local` for the local mode. */
export async function renderShells(): Promise<Record<string, string>> {
  const shells: Record<string, string> = {}
  for (const [name, route] of Object.entries(SHELL_ROUTES)) {
    shells[name] = await renderShell(route, name)
    shells[`${name}.local`] = await renderShell(route, `${name}.local`)
  }
  return shells
}
