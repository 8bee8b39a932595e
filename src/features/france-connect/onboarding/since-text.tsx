import { daysSince } from '#contract/onboarding-steps'
import type { StateSince } from '#contract/onboarding'
import { formatDateTime } from '../../../lib/dates'

const days = (count: number) => (count === 1 ? '1 jour' : `${count} jours`)

/** « depuis le 14 octobre 2026 à 11:30 (12 jours), par Camille Martin ». */
export function sinceText(since: NonNullable<StateSince>, now: Date): string {
  const by = since.by ? `, par ${since.by}` : ''
  return `depuis le ${formatDateTime(since.at)} (${days(daysSince(since.at, now))})${by}`
}

/**
 * When a typed state was set, and by whom; nothing when it never was. `waitingDays`: the state
 * is one that waits for someone else, said to be long past that many days.
 */
export function SinceText({
  since,
  now,
  waitingDays,
  waitingText,
}: {
  since: StateSince
  now: Date
  waitingDays?: number
  waitingText?: string
}) {
  if (!since) return null
  const waiting = waitingDays !== undefined && daysSince(since.at, now) > waitingDays
  return (
    <>
      <p className="fr-text--sm fr-mb-2w fc-since">État enregistré {sinceText(since, now)}.</p>
      {waiting && waitingText && (
        <p className="fr-message fr-message--warning fr-mb-2w">
          {`En attente depuis plus de ${waitingDays} jours : ${waitingText}`}
        </p>
      )}
    </>
  )
}
