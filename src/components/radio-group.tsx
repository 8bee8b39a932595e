import type { ReactNode } from 'react'
import { useFormContext, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form'
import { RadioFieldset, type RadioOption } from './radio-fieldset'
import { useFieldError } from './use-field-error'

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
 * A DSFR radio fieldset bound to the surrounding react-hook-form.
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
  const registration = register(name, onChange ? { onChange } : {})
  return (
    <RadioFieldset
      id={`fieldset-${name}`}
      name={name}
      legend={legend}
      hint={hint}
      options={options}
      error={error}
      inputProps={() => registration}
    >
      {children}
    </RadioFieldset>
  )
}
