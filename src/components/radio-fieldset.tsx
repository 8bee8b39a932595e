import type { InputHTMLAttributes, ReactNode, Ref } from 'react'
import { cx } from '../lib/class-names'
import { FieldMessages, fieldMessages } from './field-messages'

export interface RadioOption<V extends string = string> {
  value: V
  label: string
  hint?: ReactNode
  /** Shown under the option, outside its label (a preview, a dependent field). */
  details?: ReactNode
}

type RadioInputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }

interface RadioFieldsetProps {
  /** The fieldset's id; each radio's is `${id}-${value}`. */
  id: string
  name: string
  legend: string
  hint?: ReactNode
  options: RadioOption[]
  error?: string | undefined
  inline?: boolean
  /** What binds each radio: a form registration, or `checked` and `onChange` for local state. */
  inputProps: (option: RadioOption) => RadioInputProps
  children?: ReactNode
}

/**
 * DSFR radio fieldset (`fr-fieldset` of `fr-radio-group`), with its messages group.
 * @example <RadioFieldset id="theme" name="theme" legend="Thème" options={…} inputProps={(o) => ({ checked: o.value === theme, onChange: … })} />
 */
export function RadioFieldset({
  id,
  name,
  legend,
  hint,
  options,
  error,
  inline = false,
  inputProps,
  children,
}: RadioFieldsetProps) {
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
        <div
          className={cx('fr-fieldset__element', inline && 'fr-fieldset__element--inline')}
          key={option.value}
        >
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              {...inputProps(option)}
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
