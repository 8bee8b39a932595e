import type { HTMLAttributes, ReactNode } from 'react'
import { useFormContext, type FieldValues, type Path } from 'react-hook-form'
import { cx } from '../lib/class-names'
import { FieldMessages, fieldMessages, type FieldMessage } from './field-messages'
import { useFieldError } from './use-field-error'

interface NativeProps {
  autoComplete?: string
  spellCheck?: boolean
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  rows?: number
}

interface TextFieldProps<T extends FieldValues> extends NativeProps {
  name: Path<T>
  label: string
  hint?: ReactNode
  /** Non-blocking messages shown under the field (after its error, if any). */
  notices?: (FieldMessage | false | null | undefined)[]
  multiline?: boolean
}

/**
 * DSFR text input (`fr-input-group`) bound to the surrounding react-hook-form.
 * @example <TextField<Values> name="clientId" label="Identifiant client (Client ID)" />
 */
export function TextField<T extends FieldValues>({
  name,
  label,
  hint,
  notices,
  multiline = false,
  ...native
}: TextFieldProps<T>) {
  const { register } = useFormContext<T>()
  const error = useFieldError<T>(name)
  const id = `field-${name}`
  const messagesId = `${id}-messages`
  const shared = {
    className: 'fr-input',
    id,
    'aria-describedby': messagesId,
    'aria-invalid': error ? true : undefined,
    ...register(name),
  }

  return (
    <div className={cx('fr-input-group', error && 'fr-input-group--error')}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      {multiline ? (
        <textarea {...native} {...shared} />
      ) : (
        <input type="text" {...native} {...shared} />
      )}
      <FieldMessages id={messagesId} messages={fieldMessages(error, notices)} />
    </div>
  )
}
