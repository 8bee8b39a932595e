import type { ConnectionCheck, ConnectionTest } from '#contract/connection-test'
import { formatDateTime } from '../../../lib/dates'
import { oneDecimal } from '../../../lib/decimal'

const BADGES: Record<ConnectionCheck['status'], { text: string; className: string }> = {
  passed: { text: 'Réussi', className: 'fr-badge fr-badge--sm fr-badge--success' },
  failed: { text: 'Échec', className: 'fr-badge fr-badge--sm fr-badge--error' },
  skipped: { text: 'Non effectué', className: 'fr-badge fr-badge--sm' },
}

/** « 84 ms », « 1,2 s » */
const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${oneDecimal(ms / 1000)} s`)

/** The result of a test: when, by whom, and each check with its badge, what it found and what to do. */
export function ConnectionChecks({ test }: { test: ConnectionTest }) {
  const passed = test.outcome === 'passed'
  return (
    <div className="fc-connection-test">
      <p className="fr-mb-2w">
        Dernier test le <time dateTime={test.finishedAt}>{formatDateTime(test.finishedAt)}</time>{' '}
        par {test.actor.name} :{' '}
        <span
          className={`fr-badge fr-badge--sm ${passed ? 'fr-badge--success' : 'fr-badge--error'}`}
        >
          {passed ? 'Connexion vérifiée' : 'À corriger'}
        </span>
      </p>
      <ul className="fc-connection-checks">
        {test.checks.map((check) => (
          <li key={check.id}>
            <p className="fr-mb-1v">
              <strong>{check.title}</strong>{' '}
              <span className={BADGES[check.status].className}>{BADGES[check.status].text}</span>
              {check.durationMs !== null && (
                <span className="fr-text--xs fr-ml-1w">{duration(check.durationMs)}</span>
              )}
            </p>
            <p className="fr-text--sm fr-mb-1v">{check.message}</p>
            {check.nextStep && (
              <p className="fr-text--sm fr-mb-0">
                <strong>À faire : </strong>
                {check.nextStep}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
