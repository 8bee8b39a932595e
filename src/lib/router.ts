import { useLayoutEffect, useSyncExternalStore } from 'react'
import { basePath } from './app-path'

export { appPath, basePath } from './app-path'

/**
 * Asked before any in-app navigation; it either lets it happen (returns false) or holds it
 * (returns true) and later calls `proceed` if the user confirms.
 */
export type NavigationBlocker = (proceed: () => void) => boolean

const listeners = new Set<() => void>()
let blocker: NavigationBlocker | null = null
let acceptedHref = ''
let listening = false

function notify() {
  acceptedHref = window.location.href
  for (const listener of listeners) listener()
}

function onPopState() {
  if (blocker && window.location.href !== acceptedHref) {
    // The browser has already moved: come back, and go there again only once confirmed.
    window.history.pushState(null, '', acceptedHref)
    const blocked = blocker(() => {
      window.history.back()
    })
    if (blocked) return
    window.history.back()
    return
  }
  notify()
}

function subscribe(listener: () => void) {
  if (!listening) {
    listening = true
    acceptedHref = window.location.href
    window.addEventListener('popstate', onPopState)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const pathname = () => window.location.pathname
const search = () => window.location.search
// A page's shell (src/shell.tsx) is drawn for its path, without a query string: React hydrates
// it with these, then draws what the real query string changes.
const shellPathname = () => (typeof window === 'undefined' ? '/' : pathname())
const shellSearch = () => ''

export function usePathname(): string {
  return useSyncExternalStore(subscribe, pathname, shellPathname)
}

/** The query string ("?q=…", or ""), kept current through navigation, back and forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, search, shellSearch)
}

function go(url: string, replace: boolean) {
  if (replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  notify()
}

/**
 * `to` is relative to the app's base: navigate('tenants/x/france-connect'), or
 * navigate('?page=2') for the root with a query string.
 */
export function navigate(to: string, { replace = false } = {}) {
  const url = hrefTo(to)
  if (blocker?.(() => go(url, replace))) return
  go(url, replace)
}

/** The `href` of a path relative to the app's base. */
export function hrefTo(to: string): string {
  return `${basePath}${to.replace(/^\/+/, '')}`
}

/**
 * While `active`, in-app navigation (links, back and forward) goes through `onBlock`, and
 * leaving the app (closing the tab, reloading) asks the browser's own confirmation.
 */
export function useNavigationBlocker(active: boolean, onBlock: NavigationBlocker) {
  // In place as soon as the page shows unsaved changes, not a frame later.
  useLayoutEffect(() => {
    if (!active) return
    let released = false
    const guarded: NavigationBlocker = (proceed) =>
      onBlock(() => {
        release()
        proceed()
      })
    function release() {
      released = true
      if (blocker === guarded) blocker = null
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!released) event.preventDefault()
    }
    blocker = guarded
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      release()
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [active, onBlock])
}
