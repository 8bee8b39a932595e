import type { TenantsPage } from '#contract/tenants-overview'
import { Link } from '../../../components/link'

interface OverviewSummaryProps {
  summary: TenantsPage['summary']
  /** The overview filtered on the tenants to handle. */
  toHandlePath: string
}

const spaces = (count: number) => (count > 1 ? 'espaces' : 'espace')

/** Counts over every tenant the person may see, whatever the filters. */
export function OverviewSummary({ summary, toHandlePath }: OverviewSummaryProps) {
  return (
    <ul className="fc-overview-summary" aria-label="Résumé de tous vos espaces">
      <li>
        <span className="fc-overview-count">{summary.total}</span> {spaces(summary.total)}
      </li>
      <li>
        <span className="fc-overview-count">{summary.enabled}</span> avec FranceConnect activé
      </li>
      <li>
        <span className="fc-overview-count">{summary.disabled}</span> avec FranceConnect désactivé
      </li>
      <li>
        {summary.toHandle > 0 ? (
          <Link to={toHandlePath}>
            <span className="fc-overview-count">{summary.toHandle}</span> {spaces(summary.toHandle)}{' '}
            à traiter
          </Link>
        ) : (
          <>
            <span className="fc-overview-count">0</span> espace à traiter
          </>
        )}
      </li>
    </ul>
  )
}
