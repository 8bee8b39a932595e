import { http, HttpResponse } from 'msw'
import { PROBLEM_CONTENT_TYPE, problem, type ProblemDetails } from '../lib/problem-details'
import type { FranceConnectSettings } from '../features/france-connect/schemas'
import { settingsInputRules } from '../features/france-connect/settings-rules'
import { MOCK_USER, type TenantRecord } from './seed'
import type { MockStore } from './store'

const etagOf = (record: TenantRecord) => `"r${record.revision}"`

function problemResponse(
  body: ProblemDetails & { status: number },
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
  })
}

const unknownTenant = (tenantId: string) =>
  problemResponse(
    problem(404, 'Espace inconnu', {
      detail: `Aucun espace ne porte l’identifiant « ${tenantId} ».`,
    }),
  )

function settingsResponse(record: TenantRecord) {
  return HttpResponse.json(record.settings, { headers: { ETag: etagOf(record) } })
}

/** The REST contract over a `MockStore`: the same handlers in the browser and in tests. */
export function createHandlers(apiBaseUrl: string, store: MockStore) {
  const settingsUrl = `${apiBaseUrl}/tenants/:tenantId/france-connect`

  return [
    http.get<{ tenantId: string }>(settingsUrl, ({ params }) => {
      const record = store.get(params.tenantId)
      return record ? settingsResponse(record) : unknownTenant(params.tenantId)
    }),

    http.put<{ tenantId: string }>(settingsUrl, async ({ params, request }) => {
      const record = store.get(params.tenantId)
      if (!record) return unknownTenant(params.tenantId)

      const ifMatch = request.headers.get('If-Match')
      if (!ifMatch) {
        return problemResponse(
          problem(428, 'Version des réglages manquante', {
            detail: 'L’en-tête If-Match est obligatoire pour modifier les réglages.',
          }),
        )
      }
      if (ifMatch !== etagOf(record)) {
        return problemResponse(
          problem(412, 'Les réglages ont été modifiés entre-temps', {
            detail: 'Quelqu’un a enregistré d’autres réglages depuis leur chargement.',
          }),
        )
      }

      const body: unknown = await request.json().catch(() => undefined)
      const parsed = settingsInputRules(record.settings).safeParse(body)
      if (!parsed.success) {
        return problemResponse(
          problem(422, 'Certaines valeurs ont été refusées', {
            detail: 'Corrigez les champs signalés puis enregistrez de nouveau.',
            errors: parsed.error.issues.map((issue) => ({
              pointer: `/${issue.path.map(String).join('/')}`,
              detail: issue.message,
            })),
          }),
        )
      }

      const { clientSecret, ...input } = parsed.data
      const holder = input.clientId && store.findTenantUsing(input.clientId, params.tenantId)
      if (holder) {
        // A rule only the backend can check: one FranceConnect key serves one portal.
        return problemResponse(
          problem(422, 'Certaines valeurs ont été refusées', {
            errors: [
              {
                pointer: '/clientId',
                detail: `Cet identifiant client est déjà utilisé par l’espace « ${holder} » : chaque portail a sa propre clé.`,
              },
            ],
          }),
        )
      }
      const settings: FranceConnectSettings = {
        ...input,
        clientSecretConfigured:
          clientSecret !== undefined || record.settings.clientSecretConfigured,
        updatedAt: new Date().toISOString(),
        updatedBy: MOCK_USER,
      }
      const next = { settings, revision: record.revision + 1 }
      store.put(params.tenantId, next)
      return settingsResponse(next)
    }),
  ]
}
