export const SIGNATURE_ALGORITHM = 'ES256'
export const EIDAS_LEVEL = 'eidas1'

/** The URLs a tenant declares to FranceConnect, derived from its portal's address. */
export interface DeclaredUrls {
  /** Shows the button; also the logout callback. */
  serviceUrl: string
  loginRedirectUrl: string
  logoutRedirectUrl: string
}

/**
 * From the portal's base URL, with the URL API: only the origin counts (scheme, host in
 * lower case, port unless the default), whatever path or trailing slash was given.
 */
export function declaredUrls(tenantId: string, portalBaseUrl: string): DeclaredUrls {
  const { origin } = new URL(portalBaseUrl)
  const serviceUrl = new URL('/aides', origin).href
  const loginRedirectUrl = new URL(
    `/account-management/${encodeURIComponent(tenantId)}-demandeurs/france-connect/code`,
    origin,
  ).href
  return { serviceUrl, loginRedirectUrl, logoutRedirectUrl: serviceUrl }
}
