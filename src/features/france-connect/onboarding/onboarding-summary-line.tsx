import { useQuery } from '@tanstack/react-query'
import { Link } from '../../../components/link'
import { useApiClient } from '../../../config/services-context'
import { onboardingPagePath } from '#contract/app-routes'
import { onboardingProgress, progressLabel } from '#contract/onboarding-steps'
import { onboardingQueryOptions } from './onboarding-queries'

/**
 * « Mise en service : étape 3 sur 6 – Demande de mise en production (en instruction) », with a
 * link to the page. Nothing from a backend before 1.6 (404), nor while it cannot be read.
 */
export default function OnboardingSummaryLine({ tenantId }: { tenantId: string }) {
  const api = useApiClient()
  const { data } = useQuery(onboardingQueryOptions(api, tenantId))
  if (!data) return null
  const label = progressLabel(onboardingProgress(data.onboarding))
  return (
    <>
      Mise en service : {label}.{' '}
      <Link to={onboardingPagePath(tenantId)}>
        Suivre la mise en service<span className="fr-sr-only"> de FranceConnect de cet espace</span>
      </Link>
    </>
  )
}
