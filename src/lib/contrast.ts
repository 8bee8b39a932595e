/** WCAG 2.x colour contrast, on colours written as #RGB or #RRGGBB. */

export interface Rgb {
  r: number
  g: number
  b: number
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

export function isHexColour(value: string): boolean {
  return HEX.test(value.trim())
}

/** `#abc` or `#AABBCC` (any case, surrounding spaces ignored) → its channels; null otherwise. */
export function parseHexColour(value: string): Rgb | null {
  const text = value.trim()
  if (!HEX.test(text)) return null
  const digits =
    text.length === 4
      ? text
          .slice(1)
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : text.slice(1)
  return {
    r: parseInt(digits.slice(0, 2), 16),
    g: parseInt(digits.slice(2, 4), 16),
    b: parseInt(digits.slice(4, 6), 16),
  }
}

/** The canonical form: `#RRGGBB`, upper case. */
export function toHexColour({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`.toUpperCase()
}

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

const oneDecimal = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})

/**
 * « 14,9:1 ». Truncated, never rounded up, so that a ratio shown as 3,0:1 always passes 3:1.
 */
export function formatRatio(ratio: number): string {
  return `${oneDecimal.format(Math.floor(ratio * 10) / 10)}:1`
}
