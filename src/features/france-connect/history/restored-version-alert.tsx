import { useEffect, useRef } from 'react'
import { Alert } from '../../../components/alert'
import type { RestoredVersion } from './use-restore-version'

/**
 * Says which version the form now holds, and takes focus: the user checks it from here down
 * (the key section says if the secret must be typed again).
 */
export function RestoredVersionAlert({ version }: { version: RestoredVersion }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <Alert
      elementRef={ref}
      type="info"
      role="status"
      title={`Valeurs du ${version.date} reprises : vérifiez-les, puis enregistrez.`}
    />
  )
}
