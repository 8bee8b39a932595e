import type { Theme } from '../button-colours'

const themes: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Thème clair' },
  { value: 'dark', label: 'Thème sombre' },
]

/** Which DSFR theme the preview paints the buttons in. */
export function ThemeChoice({
  value,
  onChange,
}: {
  value: Theme
  onChange: (theme: Theme) => void
}) {
  return (
    <fieldset className="fr-fieldset" aria-labelledby="preview-theme-legend">
      <legend
        className="fr-fieldset__legend--regular fr-fieldset__legend"
        id="preview-theme-legend"
      >
        Thème DSFR de l’aperçu
      </legend>
      {themes.map((theme) => (
        <div className="fr-fieldset__element fr-fieldset__element--inline" key={theme.value}>
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`preview-theme-${theme.value}`}
              name="preview-theme"
              checked={value === theme.value}
              onChange={() => onChange(theme.value)}
            />
            <label className="fr-label" htmlFor={`preview-theme-${theme.value}`}>
              {theme.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  )
}
