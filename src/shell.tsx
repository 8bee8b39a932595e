// The pages' shells: each page's frame and title as they are drawn before any data has arrived,
// rendered at build time (scripts/prerender.mjs) into index.html's root. A server that serves
// a page with its shell (the reference server does) lets the browser paint the header, the
// title and the notices as soon as the HTML and the styles have arrived; the app then draws
// the same page in its place, and the data below the title.
import { renderToStaticMarkup } from 'react-dom/server'
import type { Route } from '#contract/app-routes'
import type { Session } from '#contract/session'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { RouteView } from './app/routes'
import { sessionKeys } from './features/session/queries'
import { createApiClient } from './lib/api-client'

/** The pages that have a shell, by the name of their route. */
const SHELL_ROUTES = {
  root: { name: 'root' },
  // No tenant in particular: the title says what the page is, the tenant comes with the data.
  'france-connect': { name: 'france-connect', tenantId: '' },
} satisfies Record<string, Route>

/** The local mode's session (server/http/auth-routes.ts): its notice is part of the frame. */
const LOCAL_SESSION: Session = { mode: 'local', user: null, signInUrl: null, signOutUrl: null }

function renderShell(route: Route, session: Session | undefined): string {
  const queryClient = createQueryClient()
  if (session) queryClient.setQueryData(sessionKeys.session(), session)
  const api = createApiClient({ baseUrl: '/api', timeoutMs: 1 })
  const config = { apiBaseUrl: '/api', mockApi: false, defaultTenant: 'shell', requestTimeoutMs: 1 }
  return renderToStaticMarkup(
    <Providers config={config} api={api} queryClient={queryClient}>
      <RouteView route={route} />
    </Providers>,
  )
}

/** Each shell's markup, by file name: `<route>.html`, and `<route>.local.html` for the local mode. */
export function renderShells(): Record<string, string> {
  const shells: Record<string, string> = {}
  for (const [name, route] of Object.entries(SHELL_ROUTES)) {
    shells[`${name}.html`] = renderShell(route, undefined)
    shells[`${name}.local.html`] = renderShell(route, LOCAL_SESSION)
  }
  return shells
}
