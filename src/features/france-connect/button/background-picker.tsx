import { FieldMessages, fieldMessages } from '../../../components/field-messages'
import { parseHexColour, toHexColour } from '#contract/hex-colour'
import { cx } from '../../../lib/class-names'
import { BACKGROUND_PRESETS } from './background-presets'
import { hexColourSchema } from '#contract/settings'

interface BackgroundPickerProps {
  /** As typed: `#RGB` or `#RRGGBB`; kept even while invalid. */
  value: string
  onChange: (value: string) => void
  /** The colour the previews show (the last valid one while the typed value is not). */
  shown: string
  /** An error the form already holds for this field (shown instead of the live check). */
  error?: string | undefined
}

/** The live check of a typed colour, with the schema's own French message. */
export function backgroundError(value: string): string | undefined {
  const result = hexColourSchema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

/** The background the buttons are judged against: hex field, colour picker and presets. */
export function BackgroundPicker({ value, onChange, shown, error }: BackgroundPickerProps) {
  const message = error ?? backgroundError(value)
  const parsed = parseHexColour(value)
  const current = parsed ? toHexColour(parsed) : null

  return (
    <div className="fc-background-picker">
      <div className={cx('fr-input-group', message && 'fr-input-group--error')}>
        <label className="fr-label" htmlFor="field-previewBackground">
          Couleur de fond du portail
          <span className="fr-hint-text">
            La couleur autour du bouton sur la page de connexion, au format #RRGGBB ou #RGB.
          </span>
        </label>
        <div className="fc-colour-inputs">
          <input
            className="fr-input"
            id="field-previewBackground"
            type="text"
            value={value}
            spellCheck={false}
            autoComplete="off"
            aria-describedby="field-previewBackground-messages"
            aria-invalid={message ? true : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
          <input
            className="fc-colour-swatch"
            type="color"
            aria-label="Choisir la couleur de fond dans le nuancier"
            value={shown.toLowerCase()}
            onChange={(event) => onChange(event.target.value.toUpperCase())}
          />
        </div>
        <FieldMessages id="field-previewBackground-messages" messages={fieldMessages(message)} />
      </div>
      <ul
        className="fr-btns-group fr-btns-group--inline fr-btns-group--sm"
        aria-label="Fonds prédéfinis"
      >
        {BACKGROUND_PRESETS.map((preset) => (
          <li key={preset.value}>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary"
              aria-pressed={current === preset.value}
              onClick={() => onChange(preset.value)}
            >
              {preset.label}
              <span className="fr-sr-only"> ({preset.value})</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
