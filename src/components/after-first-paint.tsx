import { useEffect, useState, type ReactNode } from 'react'

/**
 * Renders its children once the browser has painted what came before and is idle: what lies
 * below the fold (long sections) no longer delays the first screen, on a slow phone, in one
 * long task. Until then, nothing: the content after it comes later in the page.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setReady(true), { timeout: 500 })
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(() => setReady(true), 0)
    return () => window.clearTimeout(id)
  }, [])
  return ready ? children : null
}
