/** WCAG 2.x colour contrast, on colours written as #RGB or #RRGGBB. */
import type { Rgb } from '#contract/hex-colour'
import { oneDecimal } from './decimal'

function linear(channel: number): number {
  const value = channel / 255
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

/** WCAG 2.x relative luminance, from 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2.x contrast ratio, from 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05)
}

/**
 * « 14,9:1 ». Truncated, never rounded up, so that a ratio shown as 3,0:1 always passes 3:1.
 */
export function formatRatio(ratio: number): string {
  return `${oneDecimal(Math.floor(ratio * 10) / 10)}:1`
}
