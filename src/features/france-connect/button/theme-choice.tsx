import { RadioFieldset } from '../../../components/radio-fieldset'
import type { Theme } from './button-colours'

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
    <RadioFieldset
      id="preview-theme"
      name="preview-theme"
      legend="Thème DSFR de l’aperçu"
      options={themes}
      inline
      inputProps={(option) => ({
        checked: value === option.value,
        onChange: () => onChange(option.value as Theme),
      })}
    />
  )
}
