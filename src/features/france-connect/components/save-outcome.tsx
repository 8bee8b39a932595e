import { useEffect, useRef, type MouseEvent } from 'react'
import { Alert } from '../../../components/alert'
import type { ApiError } from '../../../lib/api-error'

export interface SummaryEntry {
  label: string
  message: string
  /** The control to focus; absent for an error the server tied to no known field. */
  elementId?: string
}

export type SaveOutcome =
  | { type: 'saved'; tenantId: string }
  | { type: 'invalid'; entries: SummaryEntry[]; error?: ApiError }
  | { type: 'failed'; error: ApiError }

function focusField(event: MouseEvent<HTMLAnchorElement>, elementId: string) {
  const element = document.getElementById(elementId)
  if (!element) return
  event.preventDefault()
  // Focusing scrolls the field into view; the URL keeps no fragment to come back to.
  element.focus()
}

function ErrorSummary({
  entries,
  error,
}: {
  entries: SummaryEntry[]
  error?: ApiError | undefined
}) {
  const ref = useRef<HTMLDivElement>(null)
  // The user pressed "Enregistrer" and nothing was saved: take them to the list of fixes.
  useEffect(() => ref.current?.focus(), [entries])
  const count = entries.length
  return (
    <Alert
      ref={ref}
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

/** The result of the last save, shown next to the "Enregistrer" button. */
export function SaveOutcomeMessage({ outcome }: { outcome: SaveOutcome }) {
  switch (outcome.type) {
    case 'saved':
      return (
        <Alert type="success" role="status" title="Réglages enregistrés">
          <p>Les réglages FranceConnect de l’espace « {outcome.tenantId} » ont été enregistrés.</p>
        </Alert>
      )
    case 'invalid':
      return <ErrorSummary entries={outcome.entries} error={outcome.error} />
    case 'failed':
      return (
        <Alert
          type="error"
          role="alert"
          title={`Échec de l’enregistrement : ${outcome.error.title}`}
        >
          {outcome.error.detail && <p>{outcome.error.detail}</p>}
          <p>Vos modifications sont conservées : vous pouvez réessayer d’enregistrer.</p>
        </Alert>
      )
  }
}
