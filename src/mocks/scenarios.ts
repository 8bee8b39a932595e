/**
 * Named faults the mock API can play, for QA to reach every state of the tab by hand
 * (the panel) or from a test (`?scenario=conflict`). Save faults fire on the next save only,
 * so that the user's one-click retry then succeeds; load faults, `slow` and `contract-1.0` last.
 */
export const SCENARIOS = [
  { id: 'slow', label: 'Réponses lentes (2,5 s)', target: 'all' },
  { id: 'contract-1.0', label: 'Serveur de la version 1.0 du contrat', target: 'all' },
  { id: 'conflict', label: 'Modification concurrente (412)', target: 'save' },
  { id: 'invalid', label: 'Valeurs refusées par le serveur (422)', target: 'save' },
  { id: 'unauthorized', label: 'Session expirée (401)', target: 'save' },
  { id: 'forbidden', label: 'Accès refusé (403)', target: 'save' },
  { id: 'server-error', label: 'Erreur serveur (500)', target: 'save' },
  { id: 'bad-gateway', label: 'Passerelle en erreur (502)', target: 'save' },
  { id: 'unavailable', label: 'Service indisponible (503, Retry-After : 5 s)', target: 'save' },
  { id: 'network-error', label: 'Réseau coupé', target: 'save' },
  { id: 'timeout', label: 'Aucune réponse (délai dépassé)', target: 'save' },
  { id: 'malformed', label: 'Réponse mal formée', target: 'save' },
  { id: 'load-error', label: 'Chargement en erreur (500)', target: 'load' },
  { id: 'load-flaky', label: 'Chargement instable (2 × 503, puis succès)', target: 'load' },
  { id: 'load-malformed', label: 'Chargement : réponse mal formée', target: 'load' },
  { id: 'no-catalogue', label: 'Aucun catalogue d’environnements (404)', target: 'catalogue' },
  {
    id: 'catalogue-error',
    label: 'Catalogue d’environnements en erreur (500)',
    target: 'catalogue',
  },
  {
    id: 'catalogue-new-host',
    label: 'Catalogue avec un nouvel hôte FranceConnect',
    target: 'catalogue',
  },
  { id: 'connection-wrong-secret', label: 'Test de connexion : secret refusé', target: 'test' },
  {
    id: 'connection-unknown-client',
    label: 'Test de connexion : clé d’un autre environnement',
    target: 'test',
  },
  {
    id: 'connection-redirect',
    label: 'Test de connexion : URL de redirection non déclarée',
    target: 'test',
  },
  {
    id: 'connection-no-es256',
    label: 'Test de connexion : environnement sans ES256',
    target: 'test',
  },
  {
    id: 'connection-unreachable',
    label: 'Test de connexion : environnement injoignable',
    target: 'test',
  },
  { id: 'connection-not-allowed', label: 'Test de connexion : hôte non autorisé', target: 'test' },
  { id: 'connection-busy', label: 'Test de connexion : déjà en cours (409)', target: 'test' },
] as const

export type ScenarioId = (typeof SCENARIOS)[number]['id']
export type RequestKind = 'load' | 'save' | 'catalogue' | 'test'

export function isScenarioId(value: string | null): value is ScenarioId {
  return SCENARIOS.some((scenario) => scenario.id === value)
}

/** The scenario in play, and what it has used up. */
export interface FaultState {
  readonly scenario: ScenarioId | null
  select(scenario: ScenarioId | null): void
  /** The fault this request meets, if any (consuming one-shot faults). */
  take(kind: RequestKind): ScenarioId | null
}

const FLAKY_FAILURES = 2

export function createFaultState(initial: ScenarioId | null = null): FaultState {
  let scenario = initial
  let spent = false
  let loadFailures = 0
  return {
    get scenario() {
      return scenario
    },
    select(next) {
      scenario = next
      spent = false
      loadFailures = 0
    },
    take(kind) {
      if (scenario === null) return null
      const target = SCENARIOS.find((item) => item.id === scenario)?.target
      if (target === 'all') return scenario
      if (target !== kind) return null
      if (scenario === 'load-flaky') return loadFailures++ < FLAKY_FAILURES ? scenario : null
      if (target === 'load' || target === 'catalogue' || target === 'test') return scenario
      if (spent) return null
      spent = true
      return scenario
    },
  }
}
