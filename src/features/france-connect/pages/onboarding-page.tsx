import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Alert } from '../../../components/alert'
import { Link } from '../../../components/link'
import { LoadError } from '../../../components/load-error'
import { useApiClient } from '../../../config/services-context'
import { franceConnectPath } from '#contract/app-routes'
import { findEnvironment, isProductionEnvironment, type Environment } from '#contract/catalogue'
import type { Tenant } from '#contract/tenant'
import {
  keyKindOf,
  type KeySettings,
  ONBOARDING_WARNINGS,
  onboardingProgress,
  onboardingWarnings,
} from '#contract/onboarding-steps'
import { BUILT_IN_CATALOGUE } from '../api'
import { MilestoneSections } from '../onboarding/milestone-sections'
import { OnboardingForm } from '../onboarding/onboarding-form'
import { onboardingQueryOptions, type VersionedOnboarding } from '../onboarding/onboarding-queries'
import { OnboardingStepper } from '../onboarding/onboarding-stepper'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../queries'
import '../onboarding/onboarding.css'

function loadErrorTitle(status: number | null): string {
  if (status === 404) return 'Espace introuvable'
  if (status === 401) return 'Votre session a expiré'
  if (status === 403) return 'Accès refusé à cet espace'
  return 'Impossible de charger la mise en service'
}

/** « Mise en service de FranceConnect »: where a tenant's procedure stands, and what to do next. */
export function OnboardingPage({ tenantId }: { tenantId: string }) {
  const api = useApiClient()
  const onboarding = useQuery(onboardingQueryOptions(api, tenantId))
  const settings = useQuery(settingsQueryOptions(api, tenantId))
  const tenant = useQuery(tenantQueryOptions(api, tenantId))
  const catalogue = useQuery(environmentCatalogueQueryOptions(api))

  useEffect(() => {
    document.title = `Mise en service de FranceConnect – ${tenantId} – Espace Administration`
  }, [tenantId])

  const loading =
    onboarding.isPending ||
    settings.isPending ||
    (tenant.isPending && tenant.failureCount === 0) ||
    catalogue.isPending
  const environments = (catalogue.data ?? BUILT_IN_CATALOGUE).environments
  const saved = onboarding.data
  const now = new Date()

  return (
    <>
      <h1>Mise en service de FranceConnect</h1>
      {loading ? (
        <p role="status" className="fc-loading">
          Chargement de la mise en service…
        </p>
      ) : (
        <>
          <p className="fr-text--lead fr-mb-2w">
            Espace usagers{' '}
            {tenant.data ? (
              <>
                <strong>{tenant.data.name}</strong> ({tenantId})
              </>
            ) : (
              <strong>{tenantId}</strong>
            )}
          </p>
          <p>
            De l’habilitation DataPass à la connexion des usagers : où en est cet espace, quoi faire
            ensuite, et chaque valeur à reporter d’un site à l’autre. Les états de DataPass et du
            dossier se saisissent ici (aucun des deux sites ne les transmet) ; les trois dernières
            étapes se déduisent des réglages de l’espace, dans l’onglet{' '}
            <Link to={franceConnectPath(tenantId)}>Intégration FranceConnect</Link>.
          </p>
          {(onboarding.isError || settings.isError) && (
            <LoadError
              error={onboarding.error ?? settings.error}
              title={loadErrorTitle}
              retrying={onboarding.isFetching || settings.isFetching}
              onRetry={() => {
                void onboarding.refetch()
                void settings.refetch()
              }}
            />
          )}
          {saved === null && (
            <Alert type="info" title="Mise en service non suivie par ce serveur">
              <p>
                Le serveur ne connaît pas la ressource « mise en service » (ajoutée en version 1.6
                du contrat) : suivez la procédure depuis l’onglet Intégration FranceConnect.
              </p>
            </Alert>
          )}
          {saved && settings.data && (
            <OnboardingContent
              tenantId={tenantId}
              saved={saved}
              settings={settings.data.settings}
              tenant={tenant.data}
              environments={environments}
              now={now}
            />
          )}
        </>
      )}
    </>
  )
}

interface ContentProps {
  tenantId: string
  saved: VersionedOnboarding
  settings: KeySettings
  tenant: Tenant | undefined
  environments: readonly Environment[]
  now: Date
}

function OnboardingContent({ tenantId, saved, settings, tenant, environments, now }: ContentProps) {
  const progress = onboardingProgress(saved.onboarding)
  const warnings = onboardingWarnings(saved.onboarding, keyKindOf(settings, environments))
  const current = findEnvironment(environments, settings.environmentUrl)
  const v1ClientId = current?.version === 'v1' ? settings.clientId : ''
  const production = environments.find(
    (environment) => isProductionEnvironment(environment) && environment.status === 'current',
  )
  return (
    <>
      <OnboardingStepper progress={progress} />
      {warnings.length > 0 && (
        <Alert type="warning" title="Les étapes ne concordent pas" className="fr-mb-4w">
          {warnings.map((warning) => (
            <p key={warning}>{ONBOARDING_WARNINGS[warning]}</p>
          ))}
        </Alert>
      )}
      <OnboardingForm
        key={tenantId}
        tenantId={tenantId}
        saved={saved}
        tenant={tenant}
        v1ClientId={v1ClientId}
        production={production}
        now={now}
      />
      <MilestoneSections onboarding={saved.onboarding} tenantId={tenantId} />
    </>
  )
}
