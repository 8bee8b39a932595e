import { useSyncExternalStore } from 'react'

const NAVIGATE_EVENT = 'app:navigate'

/** The app's base path (Vite's `base`), always ending with a slash. */
export const basePath = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

/** The path inside the app, without the base: "" for the root, "tenants/x/france-connect"… */
export function appPath(pathname = window.location.pathname): string {
  const inside = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname
  return inside.replace(/^\/+|\/+$/g, '')
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** `to` is relative to the app's base: navigate('tenants/x/france-connect'). */
export function navigate(to: string, { replace = false } = {}) {
  const url = `${basePath}${to.replace(/^\/+/, '')}`
  if (replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

export function hrefTo(to: string): string {
  return `${basePath}${to.replace(/^\/+/, '')}`
}

export type Route =
  { name: 'root' } | { name: 'france-connect'; tenantId: string } | { name: 'not-found' }

export function matchRoute(path: string): Route {
  if (path === '') return { name: 'root' }
  const match = /^tenants\/([^/]+)\/france-connect$/.exec(path)
  if (match?.[1]) {
    try {
      return { name: 'france-connect', tenantId: decodeURIComponent(match[1]) }
    } catch {
      return { name: 'not-found' }
    }
  }
  return { name: 'not-found' }
}

export const franceConnectPath = (tenantId: string) =>
  `tenants/${encodeURIComponent(tenantId)}/france-connect`
