import { useState, type SyntheticEvent } from 'react'
import type { Environment } from '#contract/catalogue'
import { ONBOARDING_STEPS } from '#contract/onboarding-steps'
import { ENVIRONMENT_NONE, type TenantsQuery } from '#contract/tenants-overview'

type Filters = Pick<TenantsQuery, 'q' | 'enabled' | 'environment' | 'toHandle' | 'step'>

interface FormValues {
  q: string
  enabled: string
  environment: string
  toHandle: boolean
  step: string
}

const valuesOf = (query: TenantsQuery): FormValues => ({
  q: query.q ?? '',
  enabled: query.enabled ?? '',
  environment: query.environment ?? '',
  toHandle: query.toHandle === 'true',
  step: query.step === undefined ? '' : String(query.step),
})

function filtersOf(values: FormValues): Filters {
  return {
    q: values.q.trim() || undefined,
    enabled: values.enabled === 'true' || values.enabled === 'false' ? values.enabled : undefined,
    environment: values.environment || undefined,
    toHandle: values.toHandle ? 'true' : undefined,
    step: values.step === '' ? undefined : Number(values.step),
  }
}

const statusSuffix: Record<Environment['status'], string> = {
  current: '',
  deprecated: ' (obsolète)',
  retired: ' (arrêté)',
}

interface OverviewFiltersProps {
  query: TenantsQuery
  environments: readonly Environment[]
  onApply: (filters: Filters) => void
  onReset: () => void
}

/** The overview's search and filters; applied together, from the first page. */
export function OverviewFilters({ query, environments, onApply, onReset }: OverviewFiltersProps) {
  const [values, setValues] = useState(() => valuesOf(query))
  // Back, forward or a link changed the filters: the fields show them.
  const applied = JSON.stringify(valuesOf(query))
  const [shown, setShown] = useState(applied)
  if (shown !== applied) {
    setShown(applied)
    setValues(valuesOf(query))
  }

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
  }
  const known = environments.some((environment) => environment.url === values.environment)
  const other = values.environment !== '' && values.environment !== ENVIRONMENT_NONE && !known

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault()
    onApply(filtersOf(values))
  }

  return (
    <form className="fc-overview-filters" aria-label="Filtres" noValidate onSubmit={submit}>
      <div className="fr-search-bar" role="search">
        <label className="fr-label" htmlFor="overview-q">
          Rechercher un espace
        </label>
        <input
          className="fr-input"
          id="overview-q"
          type="search"
          name="q"
          maxLength={100}
          placeholder="Rechercher un espace (nom ou identifiant)"
          value={values.q}
          onChange={(event) => set('q', event.target.value)}
        />
        <button className="fr-btn" type="submit" title="Rechercher">
          Rechercher
        </button>
      </div>
      <div className="fc-overview-fields">
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="overview-enabled">
            FranceConnect
          </label>
          <select
            className="fr-select"
            id="overview-enabled"
            value={values.enabled}
            onChange={(event) => set('enabled', event.target.value)}
          >
            <option value="">Tous les espaces</option>
            <option value="true">Activé</option>
            <option value="false">Désactivé</option>
          </select>
        </div>
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="overview-environment">
            Environnement
          </label>
          <select
            className="fr-select"
            id="overview-environment"
            value={values.environment}
            onChange={(event) => set('environment', event.target.value)}
          >
            <option value="">Tous les environnements</option>
            {environments.map((environment) => (
              <option key={environment.url} value={environment.url}>
                {`${environment.label}${statusSuffix[environment.status]}`}
              </option>
            ))}
            {other && <option value={values.environment}>{values.environment}</option>}
            <option value={ENVIRONMENT_NONE}>Aucun environnement</option>
          </select>
        </div>
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="overview-step">
            Étape de la mise en service
          </label>
          <select
            className="fr-select"
            id="overview-step"
            value={values.step}
            onChange={(event) => set('step', event.target.value)}
          >
            <option value="">Toutes les étapes</option>
            {ONBOARDING_STEPS.map((step, index) => (
              <option key={step.id} value={String(index + 1)}>
                {`${index + 1}. ${step.title}`}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-checkbox-group fc-overview-to-handle">
          <input
            type="checkbox"
            id="overview-to-handle"
            checked={values.toHandle}
            onChange={(event) => set('toHandle', event.target.checked)}
          />
          <label className="fr-label" htmlFor="overview-to-handle">
            À traiter seulement
          </label>
        </div>
      </div>
      <div className="fc-overview-actions">
        <button className="fr-btn fr-btn--sm" type="submit">
          Appliquer les filtres
        </button>
        <button className="fr-btn fr-btn--sm fr-btn--tertiary" type="button" onClick={onReset}>
          Réinitialiser les filtres
        </button>
      </div>
    </form>
  )
}
