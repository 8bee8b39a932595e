import { FranceConnectButton } from '../../../components/france-connect-button'
import { formatRatio } from '../../../lib/contrast'
import { type Rgb } from '#contract/hex-colour'
import { cx } from '../../../lib/class-names'
import {
  BUTTON_COLOURS,
  NON_TEXT_MINIMUM,
  TEXT_MINIMUM,
  variantContrast,
  type Theme,
} from './button-colours'
import type { ButtonVariant } from '#contract/settings'

export const isLightVariant = (variant: ButtonVariant) => variant === 'FCboutons-11'

function Verdict({ ratio, minimum }: { ratio: number; minimum: number }) {
  const passes = ratio >= minimum
  return (
    <>
      <strong>{formatRatio(ratio)}</strong>{' '}
      <span
        className={cx('fr-badge fr-badge--sm', passes ? 'fr-badge--success' : 'fr-badge--error')}
      >
        {passes ? 'Conforme' : 'Insuffisant'}
      </span>
    </>
  )
}

const themeNames: Record<Theme, string> = { light: 'thème clair', dark: 'thème sombre' }

/**
 * What the preview shows, in words, for those who cannot see it. (It avoids the names of the
 * tab's fields, which QA's label locators match as substrings.)
 */
export function previewDescription(variant: ButtonVariant, backgroundHex: string, theme: Theme) {
  const colours = BUTTON_COLOURS[theme][variant]
  return `Aperçu de ${variant} : le bouton « S’identifier avec FranceConnect » (fond ${colours.background}, texte ${colours.text}), la phrase qui l’accompagne et le lien « Qu’est-ce que FranceConnect ? », sur le fond ${backgroundHex}, ${themeNames[theme]}.`
}

interface VariantPreviewProps {
  variant: ButtonVariant
  background: Rgb
  backgroundHex: string
  theme: Theme
  text: string
}

/**
 * One button as the portal will show it, full size, on the chosen background and theme,
 * with its two WCAG contrast figures as text.
 */
export function VariantPreview({
  variant,
  background,
  backgroundHex,
  theme,
  text,
}: VariantPreviewProps) {
  const contrast = variantContrast(variant, background, theme)
  return (
    <div className="fc-variant-preview">
      {/* A picture of the button, not a control: an image with its description, out of the tab order. */}
      <div role="img" aria-label={previewDescription(variant, backgroundHex, theme)}>
        <div
          className={cx('fc-preview-stage', theme === 'dark' && 'fc-theme-dark')}
          style={{ backgroundColor: backgroundHex }}
          inert
        >
          <FranceConnectButton light={isLightVariant(variant)} text={text.trim()} />
        </div>
      </div>
      <dl className="fc-contrast">
        <div>
          <dt>Bouton sur le fond (WCAG 1.4.11, 3:1 au moins)</dt>
          <dd>
            <Verdict ratio={contrast.againstBackground} minimum={NON_TEXT_MINIMUM} />
          </dd>
        </div>
        <div>
          <dt>Texte du bouton (WCAG 1.4.3, 4,5:1 au moins)</dt>
          <dd>
            <Verdict ratio={contrast.text} minimum={TEXT_MINIMUM} />
          </dd>
        </div>
        <div>
          <dt>Texte et lien autour du bouton (WCAG 1.4.3, 4,5:1 au moins)</dt>
          <dd>
            <Verdict ratio={contrast.surroundingText} minimum={TEXT_MINIMUM} />
          </dd>
        </div>
      </dl>
    </div>
  )
}
