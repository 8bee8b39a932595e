/**
 * Lets the browser handle input and paint before the rest of the work: a long start is cut
 * into tasks short enough for a slow phone to stay responsive between them.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
