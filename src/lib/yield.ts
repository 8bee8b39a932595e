/**
 * Lets the browser handle input and paint before the rest of the work: a long start is cut
 * into tasks short enough for a slow phone to stay responsive between them.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Resolves once the browser has painted a frame (or after 100 ms, e.g. in a hidden tab). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
    setTimeout(resolve, 100)
  })
}
