import type { ReactNode } from 'react'
import { useFormContext, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form'
import { cx } from '../lib/class-names'
import { FieldMessages, fieldMessages } from './field-messages'
import { useFieldError } from './use-field-error'

export interface RadioOption<V extends string = string> {
  value: V
  label: string
  hint?: ReactNode
  /** Shown under the option, outside its label (a preview, a dependent field). */
  details?: ReactNode
}

interface RadioGroupProps<T extends FieldValues> {
  name: Path<T>
  legend: string
  hint?: ReactNode
  options: RadioOption[]
  /** The field whose error the group shows, when it differs from `name`. */
  errorOf?: Path<T>
  onChange?: RegisterOptions<T>['onChange']
  children?: ReactNode
}

/**
 * DSFR radio fieldset (`fr-fieldset` of `fr-radio-group`), bound to react-hook-form.
 * @example <RadioGroup<Values> name="buttonVariant" legend="Bouton de connexion" options={…} />
 */
export function RadioGroup<T extends FieldValues>({
  name,
  legend,
  hint,
  options,
  errorOf = name,
  onChange,
  children,
}: RadioGroupProps<T>) {
  const { register } = useFormContext<T>()
  const error = useFieldError<T>(errorOf)
  const id = `fieldset-${name}`
  const registration = register(name, onChange ? { onChange } : {})

  return (
    <fieldset
      className={cx('fr-fieldset', error && 'fr-fieldset--error')}
      id={id}
      role={error ? 'group' : undefined}
      aria-labelledby={`${id}-legend ${id}-messages`}
    >
      <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id={`${id}-legend`}>
        {legend}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </legend>
      {options.map((option) => (
        <div className="fr-fieldset__element" key={option.value}>
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              value={option.value}
              {...registration}
            />
            <label className="fr-label" htmlFor={`${id}-${option.value}`}>
              {option.label}
              {option.hint && <span className="fr-hint-text">{option.hint}</span>}
            </label>
          </div>
          {option.details}
        </div>
      ))}
      {children}
      <FieldMessages id={`${id}-messages`} messages={fieldMessages(error)} />
    </fieldset>
  )
}
