import { useState, type ReactNode } from 'react'
import { useFormContext, type FieldValues, type Path } from 'react-hook-form'
import { cx } from '../lib/class-names'
import { FieldMessages, fieldMessages, type FieldMessage } from './field-messages'
import { useFieldError } from './use-field-error'

interface PasswordFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: ReactNode
  notices?: (FieldMessage | false | null | undefined)[]
  /** Accessible name of the show/hide checkbox, e.g. "Afficher le secret". */
  showLabel: string
  required?: boolean
}

/**
 * DSFR password field (`fr-password`) with its "Afficher" checkbox, for write-only
 * values: `autocomplete="new-password"` so browsers never fill in a stored password.
 */
export function PasswordField<T extends FieldValues>({
  name,
  label,
  hint,
  notices,
  showLabel,
  required = false,
}: PasswordFieldProps<T>) {
  const { register } = useFormContext<T>()
  const error = useFieldError<T>(name)
  const [visible, setVisible] = useState(false)
  const id = `field-${name}`
  const messagesId = `${id}-messages`

  return (
    // DSFR has no error state of its own for fr-password: the input group's one frames it.
    <div className={cx('fr-input-group', error && 'fr-input-group--error')}>
      <div className="fr-password" id={`${id}-group`}>
        <label className="fr-password__label fr-label" htmlFor={id}>
          {label}
          {hint && <span className="fr-hint-text">{hint}</span>}
        </label>
        <div className="fr-input-wrap">
          <input
            className="fr-password__input fr-input"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            autoComplete="new-password"
            aria-describedby={messagesId}
            aria-required={required || undefined}
            aria-invalid={error ? true : undefined}
            id={id}
            type={visible ? 'text' : 'password'}
            {...register(name)}
          />
        </div>
        <FieldMessages id={messagesId} messages={fieldMessages(error, notices)} />
        <div className="fr-password__checkbox fr-checkbox-group fr-checkbox-group--sm">
          <input
            aria-label={showLabel}
            id={`${id}-show`}
            type="checkbox"
            checked={visible}
            onChange={(event) => setVisible(event.target.checked)}
          />
          <label className="fr--password__checkbox fr-label" htmlFor={`${id}-show`}>
            Afficher
          </label>
        </div>
      </div>
    </div>
  )
}
