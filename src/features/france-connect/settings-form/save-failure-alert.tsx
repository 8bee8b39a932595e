import { useEffect, useState } from 'react'
import { Alert } from '../../../components/alert'
import type { ApiError } from '../../../lib/api-error'
import { saveFailureText } from './save-failure-text'

interface SaveFailureAlertProps {
  error: ApiError
  timeoutMs: number
  /** When the server said it would be back (Retry-After), as a timestamp. */
  retryAt: number | null
  onRetry: () => void
}

/** A failed save: what happened, what to do, and a one-click retry (never automatic). */
export function SaveFailureAlert({ error, timeoutMs, retryAt, onRetry }: SaveFailureAlertProps) {
  const [waiting, setWaiting] = useState(() => retryAt !== null && retryAt > Date.now())
  useEffect(() => {
    if (retryAt === null) return
    const timer = setTimeout(() => setWaiting(false), Math.max(0, retryAt - Date.now()))
    return () => clearTimeout(timer)
  }, [retryAt])

  const { title, paragraphs } = saveFailureText(error, timeoutMs)
  return (
    <Alert type="error" role="alert" title={`Échec de l’enregistrement : ${title}`}>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
        disabled={waiting}
        onClick={onRetry}
      >
        Réessayer l’enregistrement
      </button>
    </Alert>
  )
}
