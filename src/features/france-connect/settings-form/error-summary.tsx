import { useEffect, useRef, type MouseEvent } from 'react'
import { Alert } from '../../../components/alert'
import type { ApiError } from '../../../lib/api-error'
import type { SummaryEntry } from './save-types'

function focusField(event: MouseEvent<HTMLAnchorElement>, elementId: string) {
  const found = document.getElementById(elementId)
  const element = found instanceof HTMLFieldSetElement ? found.querySelector('input') : found
  if (!element) return
  event.preventDefault()
  // Focusing scrolls the field into view; the URL keeps no fragment to come back to.
  element.focus()
}

/** Why nothing was saved, one line per field, each a link to it. Receives focus. */
export function ErrorSummary({
  entries,
  error,
}: {
  entries: SummaryEntry[]
  error?: ApiError | undefined
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [entries])
  const count = entries.length
  return (
    <Alert
      elementRef={ref}
      type="error"
      role="alert"
      title={`Rien n’a été enregistré : ${count} ${count > 1 ? 'champs à corriger' : 'champ à corriger'}`}
    >
      {error?.detail && <p>{error.detail}</p>}
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.label}-${entry.message}`}>
            {entry.elementId ? (
              <a
                href={`#${entry.elementId}`}
                onClick={(event) => focusField(event, entry.elementId ?? '')}
              >
                {entry.label} : {entry.message}
              </a>
            ) : (
              <>
                {entry.label} : {entry.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  )
}
