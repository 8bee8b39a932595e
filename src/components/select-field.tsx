import type { ReactNode } from 'react'
import { useFormContext, type FieldValues, type Path } from 'react-hook-form'
import { cx } from '../lib/class-names'
import { FieldMessages, fieldMessages, type FieldMessage } from './field-messages'
import { useFieldError } from './use-field-error'

interface SelectFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: ReactNode
  options: readonly { value: string; label: string }[]
  /** Non-blocking messages shown under the field (after its error, if any). */
  notices?: (FieldMessage | false | null | undefined)[]
}

/**
 * DSFR select (`fr-select-group`) bound to the surrounding react-hook-form.
 * @example <SelectField<Values> name="datapass.state" label="État de la demande DataPass" options={states} />
 */
export function SelectField<T extends FieldValues>({
  name,
  label,
  hint,
  options,
  notices,
}: SelectFieldProps<T>) {
  const { register } = useFormContext<T>()
  const error = useFieldError<T>(name)
  const id = `field-${name}`
  const messagesId = `${id}-messages`
  return (
    <div className={cx('fr-select-group', error && 'fr-select-group--error')}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <select
        className="fr-select"
        id={id}
        aria-describedby={messagesId}
        aria-invalid={error ? true : undefined}
        {...register(name)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={messagesId} messages={fieldMessages(error, notices)} />
    </div>
  )
}
