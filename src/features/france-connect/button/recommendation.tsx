import { formatRatio } from '../../../lib/contrast'
import { type Rgb } from '#contract/hex-colour'
import { recommendVariant, variantContrast, type Theme } from './button-colours'

const themeNames: Record<Theme, string> = { light: 'thème clair', dark: 'thème sombre' }

/** Which button to use on this background, and why, in words. */
export function Recommendation({ background, theme }: { background: Rgb; theme: Theme }) {
  const recommended = recommendVariant(background, theme)
  const standard = formatRatio(variantContrast('FCboutons-10', background, theme).againstBackground)
  const light = formatRatio(variantContrast('FCboutons-11', background, theme).againstBackground)

  let reason: string
  if (recommended.variant === 'FCboutons-10' && recommended.sufficient) {
    reason = `FCboutons-10 se distingue de ce fond (${standard}, pour 3:1 demandé) : c’est le bouton à privilégier.`
  } else if (recommended.sufficient) {
    reason = `FCboutons-10 se confond avec ce fond (${standard}, moins que 3:1) ; FCboutons-11 s’en distingue (${light}) : c’est le cas prévu pour la variante claire.`
  } else {
    reason = `Aucun des deux boutons n’atteint 3:1 sur ce fond (FCboutons-10 : ${standard}, FCboutons-11 : ${light}). ${recommended.variant} s’en approche le plus ; posez le bouton sur une zone plus claire ou plus foncée.`
  }

  return (
    <div
      className={`fr-alert fr-alert--sm ${recommended.sufficient ? 'fr-alert--info' : 'fr-alert--warning'} fr-mb-3w`}
      aria-live="polite"
    >
      <p>
        <strong>
          Recommandation ({themeNames[theme]}) : {recommended.variant}.
        </strong>{' '}
        {reason}
      </p>
    </div>
  )
}
