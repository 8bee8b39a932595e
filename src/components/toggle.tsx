import type { ReactNode } from 'react'
import { useFormContext, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form'
import { FieldMessages, fieldMessages } from './field-messages'
import { useFieldError } from './use-field-error'

interface ToggleProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: ReactNode
  checkedLabel?: string
  uncheckedLabel?: string
  onChange?: RegisterOptions<T>['onChange']
}

/**
 * DSFR toggle (`fr-toggle`) with its state label, bound to a boolean form value.
 * @example <Toggle<Values> name="enabled" label="Activer FranceConnect" />
 */
export function Toggle<T extends FieldValues>({
  name,
  label,
  hint,
  checkedLabel = 'Activé',
  uncheckedLabel = 'Désactivé',
  onChange,
}: ToggleProps<T>) {
  const { register } = useFormContext<T>()
  const error = useFieldError<T>(name)
  const id = `toggle-${name}`
  const describedBy = [hint ? `${id}-hint` : null, `${id}-messages`].filter(Boolean).join(' ')

  return (
    <div className="fr-toggle">
      <input
        type="checkbox"
        className="fr-toggle__input"
        id={id}
        aria-describedby={describedBy}
        {...register(name, onChange ? { onChange } : {})}
      />
      <label
        className="fr-toggle__label"
        htmlFor={id}
        data-fr-checked-label={checkedLabel}
        data-fr-unchecked-label={uncheckedLabel}
      >
        {label}
      </label>
      {hint && (
        <p className="fr-hint-text" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldMessages id={`${id}-messages`} messages={fieldMessages(error)} />
    </div>
  )
}
