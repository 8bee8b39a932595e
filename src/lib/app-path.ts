// Where the app lives, without anything heavier than the URL API: the early script
// (src/early.ts) reads it before the app's bundle has arrived.

/** The app's base path (Vite's `base`), always ending with a slash. */
export const basePath = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`

/** Where the app is served from (Vite's `base`), as an absolute URL. */
export function appBaseUrl(): URL {
  return new URL(import.meta.env.BASE_URL, document.baseURI)
}

/** `requestTimeoutMs` when config.json does not set it. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000

/** The runtime configuration, next to the app (never baked into the bundle). */
export function configUrl(base: URL = appBaseUrl()): URL {
  return new URL('config.json', base)
}

/** The path inside the app, without the base: "" for the root, "tenants/x/france-connect"… */
export function appPath(pathname = window.location.pathname): string {
  const inside = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname
  return inside.replace(/^\/+|\/+$/g, '')
}

/** The API's base URL from the configuration's `apiBaseUrl`, without a trailing slash. */
export function resolveApiBaseUrl(apiBaseUrl: string, base: URL): string {
  return new URL(apiBaseUrl, base).href.replace(/\/+$/, '')
}
