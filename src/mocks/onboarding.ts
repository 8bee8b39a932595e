import { http, HttpResponse } from 'msw'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { MOCK_USER } from '#contract/demo-tenants'
import {
  DEFAULT_WORDING,
  onboardingChanges,
  onboardingInputSchema,
  onboardingOf,
  restampStates,
  type Onboarding,
} from '#contract/onboarding'
import { onboardingMilestones } from '#contract/onboarding-steps'
import { fieldErrorsOf, problems } from '#contract/problems'
import { faultResponse, problemResponse } from './fault-responses'
import type { FaultState } from './scenarios'
import type { MockStore, StoredOnboarding } from './store'

const etagOf = (stored: StoredOnboarding) => `"o${stored.revision}"`

/** A tenant's onboarding as `GET` answers it: the typed part, and the milestones derived. */
export function onboardingView(store: MockStore, tenantId: string): Onboarding | null {
  const record = store.get(tenantId)
  if (!record) return null
  const stored = store.onboarding(tenantId)
  return onboardingOf({
    ...stored,
    milestones: onboardingMilestones(
      {
        enabled: record.settings.enabled,
        clientId: record.settings.clientId,
        clientSecretConfigured: record.settings.clientSecretConfigured,
        environmentUrl: record.settings.environmentUrl,
        updatedAt: record.settings.updatedAt,
        updatedBy: record.settings.updatedBy,
      },
      store.journal(tenantId),
      BUILT_IN_ENVIRONMENTS,
    ),
    wording: DEFAULT_WORDING,
  })
}

const respond = (store: MockStore, tenantId: string) =>
  HttpResponse.json(onboardingView(store, tenantId), {
    headers: { ETag: etagOf(store.onboarding(tenantId)) },
  })

/** Someone else saves first (the `conflict` scenario): the user's ETag becomes stale. */
function editFromElsewhere(store: MockStore, tenantId: string) {
  const stored = store.onboarding(tenantId)
  store.putOnboarding(tenantId, {
    ...stored,
    revision: stored.revision + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: 'Claude Bernard',
  })
}

/**
 * `GET`/`PUT …/france-connect/onboarding` (1.6), with the settings' semantics: ETag and If-Match,
 * 422 on the field, each changed state dated and signed, the change journaled before → after.
 * A backend of contract 1.0 has no such resource (404: see first-version.ts).
 */
export function onboardingHandlers(apiBaseUrl: string, store: MockStore, faults: FaultState) {
  const url = `${apiBaseUrl}/tenants/:tenantId/france-connect/onboarding`
  return [
    http.get<{ tenantId: string }>(url, ({ params }) => {
      if (!store.get(params.tenantId))
        return problemResponse(problems.unknownTenant(params.tenantId))
      return respond(store, params.tenantId)
    }),

    http.put<{ tenantId: string }>(url, async ({ params, request }) => {
      const { tenantId } = params
      const fault = faults.take('save')
      if (fault === 'invalid') {
        return problemResponse(
          problems.refused([
            {
              pointer: '/datapass/siret',
              detail: 'Ce SIRET n’est pas celui de l’organisation habilitée sur DataPass.',
            },
          ]),
        )
      }
      const faulty = fault && (await faultResponse(fault))
      if (faulty) return faulty
      if (!store.get(tenantId)) return problemResponse(problems.unknownTenant(tenantId))
      if (fault === 'conflict') editFromElsewhere(store, tenantId)

      const stored = store.onboarding(tenantId)
      const ifMatch = request.headers.get('If-Match')
      if (!ifMatch) return problemResponse(problems.missingIfMatch())
      if (ifMatch !== etagOf(stored)) return problemResponse(problems.staleVersion())

      const body: unknown = await request.json().catch(() => undefined)
      const parsed = onboardingInputSchema.safeParse(body)
      if (!parsed.success) {
        return problemResponse(problems.refused(fieldErrorsOf(parsed.error.issues)))
      }
      const changes = onboardingChanges(stored.input, parsed.data)
      // Nothing changed: nothing to date, sign or journal, and the version stays.
      if (changes.length === 0) return respond(store, tenantId)

      const at = new Date().toISOString()
      store.putOnboarding(tenantId, {
        input: parsed.data,
        since: restampStates(stored.input, parsed.data, stored.since, { at, by: MOCK_USER }),
        revision: stored.revision + 1,
        updatedAt: at,
        updatedBy: MOCK_USER,
      })
      store.record(tenantId, {
        at,
        actor: { name: MOCK_USER, subject: null },
        kind: 'onboarding-saved',
        revision: null,
        changes,
      })
      return respond(store, tenantId)
    }),
  ]
}
