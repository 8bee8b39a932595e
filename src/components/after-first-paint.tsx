import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * What waits to be drawn, in page order: one block per idle moment of the browser (or after
 * 100 ms at most), so that a long page is built in short tasks (a slow phone stays responsive)
 * and from the top down (nothing already drawn moves: each block comes below the ones before
 * it).
 */
const waiting: Array<() => void> = []
let pumping = false

function drawNext() {
  if (waiting.length === 0) {
    pumping = false
    return
  }
  pumping = true
  const whenIdle =
    typeof window.requestIdleCallback === 'function'
      ? (run: () => void) => window.requestIdleCallback(run, { timeout: 100 })
      : (run: () => void) => window.setTimeout(run, 0)
  whenIdle(() => {
    waiting.shift()?.()
    drawNext()
  })
}

/**
 * Renders its children once the browser has painted what came before and is idle, after the
 * blocks before it (see above). Until then, nothing: the content after it comes later in the
 * page.
 */
export function AfterFirstPaint({
  children,
  onDrawn,
}: {
  children: ReactNode
  /** Called once its children are drawn; what it returns is called when they go. */
  onDrawn?: () => () => void
}) {
  const [ready, setReady] = useState(false)
  // Told when drawn, not each time the parent passes a new callback.
  const onDrawnRef = useRef(onDrawn)
  useEffect(() => {
    onDrawnRef.current = onDrawn
  }, [onDrawn])
  useEffect(() => (ready ? onDrawnRef.current?.() : undefined), [ready])
  useEffect(() => {
    const draw = () => setReady(true)
    waiting.push(draw)
    if (!pumping) drawNext()
    return () => {
      const index = waiting.indexOf(draw)
      if (index >= 0) waiting.splice(index, 1)
    }
  }, [])
  return ready ? children : null
}
