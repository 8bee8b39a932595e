/** Colours written as #RGB or #RRGGBB: the one parser the contract and the tab share. */

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
