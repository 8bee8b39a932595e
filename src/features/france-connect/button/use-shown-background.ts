import { useState } from 'react'
import { parseHexColour, toHexColour, type Rgb } from '#contract/hex-colour'

const WHITE: Rgb = { r: 255, g: 255, b: 255 }

/**
 * The background to paint behind the previews: the typed colour when it is valid, else the
 * last valid one, so that the previews do not flash while a colour is being typed.
 */
export function useShownBackground(typed: string): { background: Rgb; backgroundHex: string } {
  const parsed = parseHexColour(typed)
  const [lastValid, setLastValid] = useState(parsed ?? WHITE)
  if (parsed && toHexColour(parsed) !== toHexColour(lastValid)) setLastValid(parsed)
  const background = parsed ?? lastValid
  return { background, backgroundHex: toHexColour(background) }
}
