import { useEffect, useState } from 'react'
import { parseHexColour, toHexColour } from '#contract/hex-colour'
import type { Theme } from '../button/button-colours'
import { BackgroundPicker } from '../button/background-picker'
import { Recommendation } from '../button/recommendation'
import { ThemeChoice } from '../button/theme-choice'
import { VariantPreview } from '../button/variant-preview'
import { useShownBackground } from '../button/use-shown-background'
import {
  BUTTON_VARIANTS,
  DEFAULT_CONNECTION_TEXT,
  DEFAULT_PREVIEW_BACKGROUND,
} from '#contract/settings'

function initialState(): { background: string; theme: Theme } {
  const params = new URLSearchParams(window.location.search)
  return {
    background: params.get('background') ?? DEFAULT_PREVIEW_BACKGROUND,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  }
}

/** Keeps the address in step with the choices, so that a link reproduces them. */
function updateAddress(background: string, theme: Theme) {
  const url = new URL(window.location.href)
  url.searchParams.set('background', background)
  if (theme === 'dark') url.searchParams.set('theme', 'dark')
  else url.searchParams.delete('theme')
  window.history.replaceState(window.history.state, '', url)
}

const hints: Record<(typeof BUTTON_VARIANTS)[number], string> = {
  'FCboutons-10': 'Bouton par défaut, à privilégier.',
  'FCboutons-11': 'Variante claire, uniquement si le contraste de FCboutons-10 est insuffisant.',
}

/**
 * The designers' bench, outside the administration: no tenant, no backend, and an address
 * (`/preview?background=%23RRGGBB&theme=dark`) that can be shared.
 */
export function PreviewPage() {
  const [initial] = useState(initialState)
  const [typed, setTyped] = useState(initial.background)
  const [theme, setTheme] = useState<Theme>(initial.theme)
  const { background, backgroundHex } = useShownBackground(typed)

  useEffect(() => {
    document.title = 'Banc de contraste du bouton FranceConnect – Espace Administration'
  }, [])

  function onBackgroundChange(next: string) {
    setTyped(next)
    const parsed = parseHexColour(next)
    if (parsed) updateAddress(toHexColour(parsed), theme)
  }

  function onThemeChange(next: Theme) {
    setTheme(next)
    updateAddress(backgroundHex, next)
  }

  return (
    <>
      <h1>Banc de contraste du bouton FranceConnect</h1>
      <p className="fr-text--lead">
        Indiquez le fond de votre portail : les deux boutons officiels s’affichent tels que le
        portail les montrera, avec leurs contrastes mesurés selon les WCAG 2.1, et la recommandation
        qui en découle.
      </p>
      <p className="fr-text--sm">
        L’adresse de cette page reprend vos choix : copiez-la pour les partager.
      </p>
      <BackgroundPicker value={typed} onChange={onBackgroundChange} shown={backgroundHex} />
      <ThemeChoice value={theme} onChange={onThemeChange} />
      <Recommendation background={background} theme={theme} />
      <div className="fr-grid-row fr-grid-row--gutters fc-bench">
        {BUTTON_VARIANTS.map((variant) => (
          <section
            key={variant}
            className="fr-col-12 fr-col-md-6"
            aria-labelledby={`bench-${variant}`}
          >
            <h2 id={`bench-${variant}`} className="fr-h5 fr-mb-1v">
              {variant}
            </h2>
            <p className="fr-text--sm fr-mb-2w">{hints[variant]}</p>
            <VariantPreview
              variant={variant}
              background={background}
              backgroundHex={backgroundHex}
              theme={theme}
              text={DEFAULT_CONNECTION_TEXT}
            />
          </section>
        ))}
      </div>
    </>
  )
}
