import { findEnvironment, type Environment } from '#contract/catalogue'
import { ONBOARDING_STEPS } from '#contract/onboarding-steps'
import { toHandleLabel, type TenantSummary } from '#contract/tenants-overview'
import { Link } from '../../../components/link'
import { formatShortDateTime } from '../../../lib/dates'

// The same wording and badges as the tab's environment section.
const statusBadges: Record<Environment['status'], { text: string; className: string } | null> = {
  current: null,
  deprecated: { text: 'Obsolète', className: 'fr-badge fr-badge--sm fr-badge--warning' },
  retired: { text: 'Arrêté', className: 'fr-badge fr-badge--sm fr-badge--error' },
}

function EnvironmentCell({ url, catalogue }: { url: string; catalogue: readonly Environment[] }) {
  if (!url) return <td>Aucun</td>
  const environment = findEnvironment(catalogue, url)
  if (!environment) return <td className="fc-url">{url}</td>
  const badge = statusBadges[environment.status]
  return (
    <td>
      {environment.label}
      {badge && (
        <>
          <br />
          <span className={badge.className}>{badge.text}</span>
        </>
      )}
    </td>
  )
}

function LastTestCell({ lastTest }: { lastTest: TenantSummary['lastTest'] }) {
  if (!lastTest) return <td>Aucun</td>
  return (
    <td>
      {lastTest.outcome === 'passed' ? (
        <span className="fr-badge fr-badge--sm fr-badge--success">Réussi</span>
      ) : (
        <span className="fr-badge fr-badge--sm fr-badge--error">Échoué</span>
      )}
      <br />
      <time dateTime={lastTest.at}>{formatShortDateTime(lastTest.at)}</time>
    </td>
  )
}

function OnboardingCell({ tenant, path }: { tenant: TenantSummary; path: string }) {
  const { onboarding } = tenant
  if (!onboarding) return <td>Non suivie</td>
  const step = ONBOARDING_STEPS[onboarding.step - 1]
  return (
    <td>
      <Link to={path} className="fc-overview-step">
        {`Étape ${onboarding.step} sur ${ONBOARDING_STEPS.length}`}
        <span className="fr-sr-only">{` de la mise en service de ${tenant.name}`}</span>
      </Link>
      <br />
      {step?.title ?? ''} ({onboarding.state})
    </td>
  )
}

interface TenantRowProps {
  tenant: TenantSummary
  catalogue: readonly Environment[]
  tenantPath: (tenantId: string) => string
  /** Whether the backend tells each tenant's onboarding (1.6). */
  withOnboarding: boolean
}

export function TenantRow({ tenant, catalogue, tenantPath, withOnboarding }: TenantRowProps) {
  return (
    <tr>
      <th scope="row">
        <Link to={tenantPath(tenant.id)}>{tenant.name}</Link>
      </th>
      <td className="fc-url">{tenant.id}</td>
      <td>
        {tenant.enabled ? (
          <span className="fr-badge fr-badge--sm fr-badge--success">Activé</span>
        ) : (
          <span className="fr-badge fr-badge--sm">Désactivé</span>
        )}
      </td>
      <EnvironmentCell url={tenant.environmentUrl} catalogue={catalogue} />
      <td>{tenant.secretConfigured ? 'Enregistré' : 'Aucun'}</td>
      <LastTestCell lastTest={tenant.lastTest} />
      <td>
        {tenant.lastChange ? (
          <>
            <time dateTime={tenant.lastChange.at}>{formatShortDateTime(tenant.lastChange.at)}</time>
            {tenant.lastChange.by && (
              <>
                <br />
                par {tenant.lastChange.by}
              </>
            )}
          </>
        ) : (
          'Jamais'
        )}
      </td>
      {withOnboarding && (
        <OnboardingCell tenant={tenant} path={`${tenantPath(tenant.id)}/mise-en-service`} />
      )}
      <td>
        {tenant.toHandle.length > 0 && (
          <ul className="fc-overview-reasons">
            {tenant.toHandle.map((reason) => (
              <li key={reason}>{toHandleLabel(reason)}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
}
