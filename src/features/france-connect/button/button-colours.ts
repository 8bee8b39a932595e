import { contrastRatio } from '../../../lib/contrast'
import { parseHexColour, type Rgb } from '#contract/hex-colour'
import type { ButtonVariant } from '#contract/settings'

export type Theme = 'light' | 'dark'

/**
 * The colours the portal paints each button with, per DSFR theme. FCboutons-10 is DSFR's
 * `fr-connect` (blue France, from core.css and, for the dark theme, scheme.css); FCboutons-11
 * is its light variant, white with blue France text in both themes. A test reads them back
 * from the DSFR stylesheets and from the rendered page.
 */
export const BUTTON_COLOURS: Record<
  Theme,
  Record<ButtonVariant, { background: string; text: string }>
> = {
  light: {
    'FCboutons-10': { background: '#000091', text: '#F5F5FE' },
    'FCboutons-11': { background: '#FFFFFF', text: '#000091' },
  },
  dark: {
    'FCboutons-10': { background: '#8585F6', text: '#000091' },
    'FCboutons-11': { background: '#FFFFFF', text: '#000091' },
  },
}

/** The connection text (`--text-mention-grey`) and the "Qu’est-ce que FranceConnect ?" link. */
export const SURROUNDING_COLOURS: Record<Theme, { text: string; link: string }> = {
  light: { text: '#666666', link: '#000091' },
  dark: { text: '#929292', link: '#8585F6' },
}

/** WCAG 2.1 thresholds: SC 1.4.11 (a control against what surrounds it), SC 1.4.3 (text). */
export const NON_TEXT_MINIMUM = 3
export const TEXT_MINIMUM = 4.5

const rgb = (hex: string): Rgb => parseHexColour(hex) ?? { r: 0, g: 0, b: 0 }

export interface VariantContrast {
  variant: ButtonVariant
  /** Button against the portal's background (SC 1.4.11). */
  againstBackground: number
  /** Label against the button's own background (SC 1.4.3). */
  text: number
  /** The weaker of the connection text and the link against the background (SC 1.4.3). */
  surroundingText: number
}

export function variantContrast(
  variant: ButtonVariant,
  background: Rgb,
  theme: Theme,
): VariantContrast {
  const colours = BUTTON_COLOURS[theme][variant]
  return {
    variant,
    againstBackground: contrastRatio(rgb(colours.background), background),
    text: contrastRatio(rgb(colours.text), rgb(colours.background)),
    surroundingText: Math.min(
      contrastRatio(rgb(SURROUNDING_COLOURS[theme].text), background),
      contrastRatio(rgb(SURROUNDING_COLOURS[theme].link), background),
    ),
  }
}

export interface Recommendation {
  variant: ButtonVariant
  /** Whether the recommended button reaches 3:1 against the background. */
  sufficient: boolean
}

/** FCboutons-10 whenever it stands out (3:1); the light variant only when 10 does not and 11 does better. */
export function recommendVariant(background: Rgb, theme: Theme): Recommendation {
  const standard = variantContrast('FCboutons-10', background, theme)
  if (standard.againstBackground >= NON_TEXT_MINIMUM)
    return { variant: 'FCboutons-10', sufficient: true }
  const light = variantContrast('FCboutons-11', background, theme)
  if (light.againstBackground > standard.againstBackground) {
    return { variant: 'FCboutons-11', sufficient: light.againstBackground >= NON_TEXT_MINIMUM }
  }
  return { variant: 'FCboutons-10', sufficient: false }
}

/** The procedure's rule: the light variant only where FCboutons-10 lacks contrast (light theme, the default). */
export function lightVariantNeedsConfirmation(
  variant: ButtonVariant,
  background: Rgb | null,
): boolean {
  if (variant !== 'FCboutons-11' || background === null) return false
  return variantContrast('FCboutons-10', background, 'light').againstBackground >= NON_TEXT_MINIMUM
}
