import { useEffect, useRef } from 'react'
import { Alert } from '../../../components/alert'
import { ErrorSummary } from './error-summary'
import { SaveFailureAlert } from './save-failure-alert'
import type { SaveOutcome } from './save-types'

interface SaveOutcomeMessageProps {
  outcome: SaveOutcome
  timeoutMs: number
  onRetry: () => void
}

/** A status the user should land on (the save button may have just become disabled). */
function FocusedStatus({ title, text }: { title: string; text: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <Alert elementRef={ref} type="success" role="status" title={title}>
      <p>{text}</p>
    </Alert>
  )
}

/** Outcomes that describe the saved state, and stop being true once the user edits again. */
export const isStatusOutcome = (outcome: SaveOutcome) =>
  outcome.type === 'saved' || outcome.type === 'reloaded' || outcome.type === 'cancelled'

/** The result of the last save, shown next to the "Enregistrer" button. */
export function SaveOutcomeMessage({ outcome, timeoutMs, onRetry }: SaveOutcomeMessageProps) {
  switch (outcome.type) {
    case 'saved':
      return (
        <FocusedStatus
          title="Réglages enregistrés"
          text={`Les réglages FranceConnect de l’espace « ${outcome.tenantId} » ont été enregistrés.`}
        />
      )
    case 'reloaded':
      return (
        <FocusedStatus
          title="Version enregistrée rechargée"
          text="Le formulaire affiche les réglages enregistrés entre-temps ; vos modifications ont été abandonnées."
        />
      )
    case 'cancelled':
      return (
        <FocusedStatus
          title="Modifications annulées"
          text="Le formulaire affiche de nouveau les réglages enregistrés."
        />
      )
    case 'invalid':
      return <ErrorSummary entries={outcome.entries} error={outcome.error} />
    case 'failed':
      return (
        <SaveFailureAlert
          error={outcome.error}
          timeoutMs={timeoutMs}
          retryAt={outcome.retryAt}
          onRetry={onRetry}
        />
      )
  }
}
