// The tab's own pages, by their path inside the app (after its base): what the app shows, and
// what a server serving it answers deep links with (index.html, or the page's shell).

export type Route =
  | { name: 'root' }
  | { name: 'preview' }
  | { name: 'france-connect'; tenantId: string }
  | { name: 'onboarding'; tenantId: string }
  | { name: 'not-found' }

/** Which screen a path (relative to the app's base) shows. */
export function matchRoute(path: string): Route {
  if (path === '') return { name: 'root' }
  if (path === 'preview') return { name: 'preview' }
  const match = /^tenants\/([^/]+)\/france-connect(\/mise-en-service)?$/.exec(path)
  if (!match?.[1]) return { name: 'not-found' }
  try {
    const tenantId = decodeURIComponent(match[1])
    return match[2] ? { name: 'onboarding', tenantId } : { name: 'france-connect', tenantId }
  } catch {
    return { name: 'not-found' }
  }
}

export const franceConnectPath = (tenantId: string) =>
  `tenants/${encodeURIComponent(tenantId)}/france-connect`

/** The tenant's « Mise en service de FranceConnect » page (1.6). */
export const onboardingPagePath = (tenantId: string) =>
  `${franceConnectPath(tenantId)}/mise-en-service`
