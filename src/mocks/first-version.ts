import { http } from 'msw'
import { problem } from '#contract/problem-details'
import { problemResponse } from './fault-responses'
import type { FaultState } from './scenarios'
import type { FranceConnectSettings } from '#contract/settings'

/** The `PUT` body of contract 1.0, the only keys a backend of that version knows. */
const FIRST_VERSION_INPUT_KEYS = [
  'enabled',
  'buttonVariant',
  'connectionText',
  'clientId',
  'environmentUrl',
  'clientSecret',
]

/** The settings fields contract 1.0 returns. */
const FIRST_VERSION_FIELDS = [
  'enabled',
  'buttonVariant',
  'connectionText',
  'clientId',
  'clientSecretConfigured',
  'environmentUrl',
  'updatedAt',
  'updatedBy',
] as const

const noSuchResource = () => problemResponse(problem(404, 'Ressource inconnue'))

/**
 * The `contract-1.0` scenario: the mock API answers as a backend written from the contract's
 * first version would: no tenant resource, no environment catalogue, and a strict `PUT` that
 * refuses any key it does not know, no journal, no session, no overview and no onboarding (settings are answered by `asFirstVersion`). Outside the
 * scenario, every request goes on to the current handlers.
 */
export function firstVersionHandlers(apiBaseUrl: string, faults: FaultState) {
  const inScenario = () => faults.scenario === 'contract-1.0'
  return [
    http.get(`${apiBaseUrl}/france-connect/environments`, () =>
      inScenario() ? noSuchResource() : undefined,
    ),
    http.get(`${apiBaseUrl}/tenants`, () => (inScenario() ? noSuchResource() : undefined)),
    http.get(`${apiBaseUrl}/tenants/:tenantId`, () =>
      inScenario() ? noSuchResource() : undefined,
    ),
    http.get(`${apiBaseUrl}/session`, () => (inScenario() ? noSuchResource() : undefined)),
    http.all(`${apiBaseUrl}/tenants/:tenantId/france-connect/connection-test`, () =>
      inScenario() ? noSuchResource() : undefined,
    ),
    http.get(`${apiBaseUrl}/tenants/:tenantId/france-connect/history`, () =>
      inScenario() ? noSuchResource() : undefined,
    ),
    http.all(`${apiBaseUrl}/tenants/:tenantId/france-connect/onboarding`, () =>
      inScenario() ? noSuchResource() : undefined,
    ),
    http.put(`${apiBaseUrl}/tenants/:tenantId/france-connect`, async ({ request }) => {
      if (!inScenario()) return undefined
      const body: unknown = await request
        .clone()
        .json()
        .catch(() => undefined)
      const unknownKeys =
        typeof body === 'object' && body !== null
          ? Object.keys(body).filter((key) => !FIRST_VERSION_INPUT_KEYS.includes(key))
          : []
      if (unknownKeys.length === 0) return undefined
      return problemResponse(
        problem(422, 'Certaines valeurs ont été refusées', {
          errors: unknownKeys.map((key) => ({ pointer: `/${key}`, detail: 'Champ inconnu.' })),
        }),
      )
    }),
  ]
}

/** The settings as a backend of contract 1.0 returns them: without the fields added since. */
export function asFirstVersion(settings: FranceConnectSettings): Partial<FranceConnectSettings> {
  return Object.fromEntries(FIRST_VERSION_FIELDS.map((field) => [field, settings[field]]))
}
