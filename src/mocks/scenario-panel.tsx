import '@gouvfr/dsfr/dist/component/select/select.main.min.css'
import { useState, type ChangeEvent } from 'react'
import { isScenarioId, SCENARIOS, type FaultState } from './scenarios'

export const SCENARIO_PARAM = 'scenario'

/** Which fault the mock API plays, chosen by QA; kept in the URL so a link reproduces it. */
export function createScenarioPanel(faults: FaultState) {
  return function ScenarioPanel() {
    const [current, setCurrent] = useState(faults.scenario ?? '')

    function onChange(event: ChangeEvent<HTMLSelectElement>) {
      const next = event.target.value
      faults.select(isScenarioId(next) ? next : null)
      setCurrent(next)
      const url = new URL(window.location.href)
      if (next) url.searchParams.set(SCENARIO_PARAM, next)
      else url.searchParams.delete(SCENARIO_PARAM)
      window.history.replaceState(window.history.state, '', url)
    }

    return (
      <div className="fr-container fr-mt-2w">
        <div className="fr-select-group fc-scenario-panel">
          <label className="fr-label" htmlFor="mock-scenario">
            Scénario de l’API simulée
            <span className="fr-hint-text">
              Pour essayer l’onglet face aux pannes : un scénario d’enregistrement s’applique au
              prochain enregistrement seulement.
            </span>
          </label>
          <select
            className="fr-select"
            id="mock-scenario"
            value={current}
            onChange={onChange}
            aria-describedby="mock-scenario-messages"
          >
            <option value="">Aucun : l’API répond normalement</option>
            {SCENARIOS.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.label}
              </option>
            ))}
          </select>
          <div className="fr-messages-group" id="mock-scenario-messages" aria-live="polite" />
        </div>
      </div>
    )
  }
}
