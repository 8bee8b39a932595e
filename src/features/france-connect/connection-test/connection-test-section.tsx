import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { useFormState } from 'react-hook-form'
import { Alert } from '../../../components/alert'
import { useApiClient } from '../../../config/services-context'
import { isApiError } from '../../../lib/api-error'
import type { SettingsFormValues } from '../settings-form/form-values'
import { connectionTestQueryOptions, useRunConnectionTest } from '../queries'

// The checks' details, a chunk of its own: fetched as the section is drawn, shown with a test.
const loadChecks = () => import('./connection-checks')
const ConnectionChecks = lazy(() =>
  loadChecks().then((module) => ({ default: module.ConnectionChecks })),
)

/**
 * « Vérifier la connexion »: the server checks the saved settings against FranceConnect
 * (environment, requirements, client ID and redirect URL, secret) and says what to fix.
 * Hidden when the backend has no such resource.
 */
export function ConnectionTestSection({ tenantId }: { tenantId: string }) {
  const api = useApiClient()
  const last = useQuery(connectionTestQueryOptions(api, tenantId))
  const run = useRunConnectionTest(api, tenantId)
  const { isDirty } = useFormState<SettingsFormValues>()
  const [askedToSave, setAskedToSave] = useState(false)
  useEffect(() => {
    void loadChecks()
  }, [])
  if (last.data?.available === false) return null

  function start() {
    if (isDirty) {
      setAskedToSave(true)
      return
    }
    setAskedToSave(false)
    run.mutate()
  }

  const test = run.data ?? last.data?.lastTest ?? null
  const failedChecks = test?.checks.filter((check) => check.status !== 'passed').length ?? 0
  const announcement = run.isPending
    ? 'Test de la connexion en cours : le serveur contacte FranceConnect…'
    : run.isSuccess && test
      ? test.outcome === 'passed'
        ? 'Test terminé : la connexion à FranceConnect est vérifiée.'
        : `Test terminé : ${failedChecks > 1 ? `${failedChecks} contrôles ne sont pas réussis` : 'un contrôle n’est pas réussi'}.`
      : ''

  return (
    <section className="fr-mb-6w fc-section" aria-labelledby="connection-test-title">
      <h2 id="connection-test-title" className="fr-h4">
        Vérifier la connexion
      </h2>
      <p className="fr-text--sm">
        Le serveur contacte FranceConnect avec les réglages enregistrés : il vérifie que
        l’environnement répond, que la clé y est connue, que l’URL de redirection est déclarée et
        que le secret est accepté, sans qu’aucun usager se connecte. (FranceConnect compte ce test
        comme une connexion commencée.)
      </p>
      <button
        className="fr-btn fr-btn--secondary"
        type="button"
        onClick={start}
        aria-disabled={run.isPending || undefined}
      >
        Tester la connexion
      </button>
      {/* A live region, not a second `status` role: QA's page objects find the save's by role. */}
      <p
        aria-live="polite"
        aria-atomic="true"
        className="fr-text--sm fr-mt-2w fc-connection-status"
      >
        {announcement}
      </p>
      {askedToSave && isDirty && (
        <Alert type="info" small title="Enregistrez d’abord vos modifications" className="fr-mb-2w">
          <p>Le test porte sur les réglages enregistrés, pas sur ceux du formulaire.</p>
        </Alert>
      )}
      {run.isError && (
        <Alert
          type="error"
          role="alert"
          small
          title="Le test n’a pas pu être fait"
          className="fr-mb-2w"
        >
          <p>
            {isApiError(run.error)
              ? (run.error.detail ?? run.error.title)
              : 'Une erreur inattendue est survenue.'}
          </p>
        </Alert>
      )}
      {test && (
        <Suspense fallback={null}>
          <ConnectionChecks test={test} />
        </Suspense>
      )}
    </section>
  )
}
