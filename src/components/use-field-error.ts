import { useFormContext, useFormState, type FieldValues, type Path } from 'react-hook-form'

/** The current error message of one field, re-rendering only when that field's state changes. */
export function useFieldError<T extends FieldValues>(name: Path<T>): string | undefined {
  const { getFieldState, control } = useFormContext<T>()
  const formState = useFormState({ control, name })
  return getFieldState(name, formState).error?.message
}
