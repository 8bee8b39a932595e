import { http, HttpResponse } from 'msw'
import { changesOf, historyQuerySchema, type HistoryValues } from '#contract/history'
import { problem } from '#contract/problem-details'
import type { Session } from '#contract/session'
import { fieldErrorsOf, problems } from '#contract/problems'
import type { FranceConnectSettings } from '#contract/settings'
import { settingsInputRules } from '#contract/settings-rules'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { simulateConnectionTest } from './connection-test'
import { asFirstVersion, firstVersionHandlers } from './first-version'
import { faultResponse, NEW_HOST, problemResponse } from './fault-responses'
import { createFaultState, type FaultState } from './scenarios'
import { MOCK_USER, type TenantRecord } from '#contract/demo-tenants'
import type { MockStore } from './store'
import { overviewHandler } from './overview'
import { onboardingHandlers } from './onboarding'

const etagOf = (record: TenantRecord) => `"r${record.revision}"`

const unknownTenant = (tenantId: string) => problemResponse(problems.unknownTenant(tenantId))

function settingsResponse(record: TenantRecord, faults: FaultState) {
  const body =
    faults.scenario === 'contract-1.0' ? asFirstVersion(record.settings) : record.settings
  return HttpResponse.json(body, { headers: { ETag: etagOf(record) } })
}

/** Someone else saves first (the `conflict` scenario): the user's ETag becomes stale. */
function editFromElsewhere(store: MockStore, tenantId: string, record: TenantRecord): TenantRecord {
  const next = {
    ...record,
    revision: record.revision + 1,
    settings: {
      ...record.settings,
      connectionText: 'Texte modifié depuis une autre session.',
      updatedAt: new Date().toISOString(),
      updatedBy: 'Claude Bernard',
    },
  }
  store.put(tenantId, next)
  return next
}

function secretChangeOf(
  clientSecret: string | null | undefined,
  stored: FranceConnectSettings,
): 'set' | 'replaced' | 'removed' | null {
  if (typeof clientSecret === 'string') return stored.clientSecretConfigured ? 'replaced' : 'set'
  return clientSecret === null && stored.clientSecretConfigured ? 'removed' : null
}

/** A version's settings, the secret apart, as the journal keeps them (1.5). */
const valuesOf = (settings: FranceConnectSettings): HistoryValues => ({
  enabled: settings.enabled,
  buttonVariant: settings.buttonVariant,
  connectionText: settings.connectionText,
  clientId: settings.clientId,
  environmentUrl: settings.environmentUrl,
  previewBackground: settings.previewBackground ?? null,
})

/** The REST contract over a `MockStore`: the same handlers in the browser and in tests. */
export function createHandlers(
  apiBaseUrl: string,
  store: MockStore,
  faults: FaultState = createFaultState(),
) {
  const settingsUrl = `${apiBaseUrl}/tenants/:tenantId/france-connect`

  return [
    ...firstVersionHandlers(apiBaseUrl, faults),

    // A demo user, signed in without a provider: nowhere to sign in or out.
    http.get(`${apiBaseUrl}/session`, () =>
      HttpResponse.json({
        mode: 'demo',
        user: { name: MOCK_USER, subject: null, email: null },
        signInUrl: null,
        signOutUrl: null,
      } satisfies Session),
    ),

    overviewHandler(apiBaseUrl, store),
    ...onboardingHandlers(apiBaseUrl, store, faults),

    http.get<{ tenantId: string }>(`${apiBaseUrl}/tenants/:tenantId`, ({ params }) => {
      const record = store.get(params.tenantId)
      return record ? HttpResponse.json(record.tenant) : unknownTenant(params.tenantId)
    }),

    http.get(`${apiBaseUrl}/france-connect/environments`, async () => {
      const fault = faults.take('catalogue')
      const faulty = fault && (await faultResponse(fault))
      if (faulty) return faulty
      // Served from the app's own list, so the tab shows where its list came from.
      return HttpResponse.json(
        fault === 'catalogue-new-host'
          ? [...BUILT_IN_ENVIRONMENTS, NEW_HOST]
          : BUILT_IN_ENVIRONMENTS,
      )
    }),

    http.get<{ tenantId: string }>(settingsUrl, async ({ params }) => {
      const fault = faults.take('load')
      const faulty = fault && (await faultResponse(fault))
      if (faulty) return faulty
      const record = store.get(params.tenantId)
      return record ? settingsResponse(record, faults) : unknownTenant(params.tenantId)
    }),

    http.get<{ tenantId: string }>(`${settingsUrl}/history`, ({ params, request }) => {
      if (!store.get(params.tenantId)) return unknownTenant(params.tenantId)
      const query = historyQuerySchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      )
      if (!query.success) {
        return problemResponse(
          problem(400, 'Paramètres de pagination invalides', {
            errors: fieldErrorsOf(query.error.issues),
          }),
        )
      }
      const { page, pageSize } = query.data
      const journal = store.journal(params.tenantId)
      return HttpResponse.json({
        items: journal.slice((page - 1) * pageSize, page * pageSize),
        page,
        pageSize,
        total: journal.length,
      })
    }),

    http.get<{ tenantId: string }>(`${settingsUrl}/connection-test`, ({ params }) =>
      store.get(params.tenantId)
        ? HttpResponse.json({ lastTest: store.lastTest(params.tenantId) })
        : unknownTenant(params.tenantId),
    ),

    http.post<{ tenantId: string }>(`${settingsUrl}/connection-test`, async ({ params }) => {
      const fault = faults.take('test')
      const faulty = fault && (await faultResponse(fault))
      if (faulty) return faulty
      const record = store.get(params.tenantId)
      if (!record) return unknownTenant(params.tenantId)
      const test = simulateConnectionTest(record, fault, MOCK_USER, String(Date.now()))
      store.recordTest(params.tenantId, test)
      store.record(params.tenantId, {
        at: test.finishedAt,
        actor: test.actor,
        kind: 'connection-tested',
        revision: null,
        changes: [],
        connectionTest: {
          id: test.id,
          outcome: test.outcome,
          failedChecks: test.checks
            .filter((item) => item.status !== 'passed')
            .map((item) => item.id),
        },
      })
      return HttpResponse.json(test)
    }),

    http.put<{ tenantId: string }>(settingsUrl, async ({ params, request }) => {
      const fault = faults.take('save')
      const faulty = fault && (await faultResponse(fault))
      if (faulty) return faulty

      let record = store.get(params.tenantId)
      if (!record) return unknownTenant(params.tenantId)
      if (fault === 'conflict') record = editFromElsewhere(store, params.tenantId, record)

      const ifMatch = request.headers.get('If-Match')
      if (!ifMatch) return problemResponse(problems.missingIfMatch())
      if (ifMatch !== etagOf(record)) return problemResponse(problems.staleVersion())

      const body: unknown = await request.json().catch(() => undefined)
      const parsed = settingsInputRules(record.settings).safeParse(body)
      if (!parsed.success) {
        return problemResponse(problems.refused(fieldErrorsOf(parsed.error.issues)))
      }

      const { clientSecret, ...input } = parsed.data
      const holder = input.clientId && store.findTenantUsing(input.clientId, params.tenantId)
      if (holder) return problemResponse(problems.clientIdInUse(holder))

      const settings: FranceConnectSettings = {
        ...input,
        // Absent from the body (a client of contract 1.0): the stored value is kept.
        previewBackground:
          input.previewBackground === undefined
            ? (record.settings.previewBackground ?? null)
            : input.previewBackground,
        clientSecretConfigured:
          clientSecret === undefined
            ? record.settings.clientSecretConfigured
            : clientSecret !== null,
        updatedAt: new Date().toISOString(),
        updatedBy: MOCK_USER,
      }
      const next = { ...record, settings, revision: record.revision + 1 }
      store.put(params.tenantId, next)
      store.record(params.tenantId, {
        at: settings.updatedAt ?? new Date().toISOString(),
        actor: { name: MOCK_USER, subject: null },
        kind: 'settings-saved',
        revision: next.revision,
        changes: changesOf(
          record.settings,
          settings,
          secretChangeOf(clientSecret, record.settings),
        ),
        values: valuesOf(settings),
      })
      return settingsResponse(next, faults)
    }),
  ]
}
