import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  EMPTY_ONBOARDING_INPUT,
  onboardingSchema,
  type OnboardingInput,
} from '#contract/onboarding'
import { onboardingSummary } from '#contract/onboarding-steps'
import { tenantsPageSchema, type TenantsPage } from '#contract/tenants-overview'
import { insertTenant, NEW_TENANT_SETTINGS } from '../db/tenants-repository'
import { enableBody, recordConnectionTest, testApp, type TestApp } from '../test/app'
import { embeddedDatabase, postgresDatabase, type TestDatabase } from '../test/databases'

const DAY_MS = 24 * 60 * 60 * 1000
const typedAt = new Date('2026-05-04T08:00:00.000Z')

type Patch = { [Section in keyof OnboardingInput]?: Partial<OnboardingInput[Section]> }
const typed = (patch: Patch): OnboardingInput => ({
  datapass: { ...EMPTY_ONBOARDING_INPUT.datapass, ...patch.datapass },
  sandbox: { ...EMPTY_ONBOARDING_INPUT.sandbox, ...patch.sandbox },
  production: { ...EMPTY_ONBOARDING_INPUT.production, ...patch.production },
})
const validated = { datapass: { number: '70001', state: 'validated' } } as const
const accepted = {
  ...validated,
  production: { dossierNumber: '2000001', state: 'accepte' },
} as const

/** One tenant per step, and the step each is at. */
const STORIES = {
  fresh: { step: 1, onboarding: null, key: 'none' },
  submitted: { step: 1, onboarding: typed({ datapass: { state: 'submitted' } }), key: 'none' },
  sandbox: {
    step: 2,
    onboarding: typed({ ...validated, sandbox: { state: 'created' } }),
    key: 'none',
  },
  instruction: {
    step: 3,
    onboarding: typed({ ...validated, production: { state: 'en_instruction' } }),
    key: 'none',
  },
  accepted: { step: 4, onboarding: typed(accepted), key: 'none' },
  keyed: { step: 5, onboarding: typed(accepted), key: 'saved' },
  retested: { step: 5, onboarding: typed(accepted), key: 'tested, then replaced' },
  done: { step: 6, onboarding: typed(accepted), key: 'tested' },
  // A production key is one on FranceConnect's production hosts, however the URL is spelled.
  'on-issuer': {
    step: 5,
    onboarding: typed(accepted),
    key: 'saved',
    environment: 'https://oidc.franceconnect.gouv.fr/api/v2',
  },
  'spelled-otherwise': {
    step: 5,
    onboarding: typed(accepted),
    key: 'saved',
    environment: 'https://APP.franceconnect.gouv.fr:443/api/v2',
  },
  'sandbox-key': {
    step: 4,
    onboarding: typed(accepted),
    key: 'saved',
    environment: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
  },
} as const

describe.each([
  ['PGlite', embeddedDatabase],
  ['PostgreSQL', postgresDatabase],
])('the overview’s onboarding on %s', (_name, open) => {
  let database: TestDatabase
  let server: TestApp
  let now = typedAt
  const prefix = `mes-${crypto.randomUUID().slice(0, 6)}`
  const idOf = (story: keyof typeof STORIES) => `${prefix}-${story}`

  const inject = (method: 'GET' | 'PUT', url: string, etag?: string, payload?: object) =>
    server.app.inject({
      method,
      url,
      ...(etag ? { headers: { 'if-match': etag } } : {}),
      ...(payload ? { payload: payload as Record<string, unknown> } : {}),
    })
  const overview = async (query: string, app = server) => {
    const response = await app.app.inject({
      method: 'GET',
      url: `/api/tenants?q=${prefix}&${query}`,
    })
    expect(response.statusCode, response.body).toBe(200)
    return tenantsPageSchema.parse(response.json())
  }
  const idsOf = (page: TenantsPage) => page.items.map((item) => item.id).sort()
  const storiesAt = (step: number) =>
    (Object.keys(STORIES) as (keyof typeof STORIES)[])
      .filter((story) => STORIES[story].step === step)
      .map(idOf)
      .sort()

  beforeAll(async () => {
    database = await open()
    server = await testApp(database.db, { clock: () => now })
    for (const [story, told] of Object.entries(STORIES)) {
      const { onboarding, key } = told
      const id = `${prefix}-${story}`
      await database.db.transaction((tx) =>
        insertTenant(
          tx,
          { id, name: story, portalBaseUrl: `https://${id}.fr` },
          NEW_TENANT_SETTINGS,
        ),
      )
      if (onboarding)
        expect(
          (await inject('PUT', `/api/tenants/${id}/france-connect/onboarding`, '"o0"', onboarding))
            .statusCode,
        ).toBe(200)
      if (key === 'none') continue
      const body = {
        ...enableBody(),
        ...('environment' in told ? { environmentUrl: told.environment } : {}),
      }
      const settings = `/api/tenants/${id}/france-connect`
      expect((await inject('PUT', settings, '"r1"', body)).statusCode).toBe(200)
      if (key === 'saved') continue
      await recordConnectionTest(database.db, id, { at: new Date(typedAt.getTime() + 60_000) })
      if (key === 'tested') continue
      now = new Date(typedAt.getTime() + 120_000)
      const replaced = { ...body, clientSecret: 'un-secret-remplacé' }
      expect((await inject('PUT', settings, '"r2"', replaced)).statusCode).toBe(200)
      now = typedAt
    }
  })
  afterAll(async () => {
    await server.close()
    await database.cleanup()
  })

  it('tells each row’s step as the onboarding resource does, and filters and pages on it', async () => {
    const all = await overview('pageSize=100')
    expect(all.total).toBe(Object.keys(STORIES).length)
    for (const item of all.items) {
      const response = await inject('GET', `/api/tenants/${item.id}/france-connect/onboarding`)
      const onboarding = onboardingSchema.parse(response.json())
      expect(item.onboarding, item.id).toEqual(onboardingSummary(onboarding, now, 10))
    }
    const byId = Object.fromEntries(all.items.map((item) => [item.id, item.onboarding]))
    expect(byId[idOf('fresh')]).toEqual({
      step: 1,
      stepId: 'datapass',
      state: 'à déposer',
      since: null,
      waiting: false,
    })
    expect(byId[idOf('instruction')]).toMatchObject({ step: 3, state: 'en instruction' })
    expect(byId[idOf('done')]).toMatchObject({ step: 6, state: 'terminée' })

    for (let step = 1; step <= 6; step += 1) {
      const page = await overview(`step=${step}&pageSize=100`)
      expect(idsOf(page), `step ${step}`).toEqual(storiesAt(step))
      expect(page.total).toBe(storiesAt(step).length)
      expect(page.items.every((item) => item.onboarding?.step === step)).toBe(true)
    }
    const second = await overview('step=5&pageSize=1&page=2&sort=id')
    expect(second).toMatchObject({ total: storiesAt(5).length, page: 2 })
    expect(idsOf(second)).toEqual([storiesAt(5)[1]])
    // The step combines with the other filters, and the counts stay over every tenant.
    const enabledAtFive = await overview('step=5&enabled=true&toHandle=false')
    expect(idsOf(enabledAtFive)).toEqual(storiesAt(5))
    expect(enabledAtFive.summary.total).toBeGreaterThanOrEqual(Object.keys(STORIES).length)
  })

  it('says a request waits too long only after more than the days allowed, wherever it counts', async () => {
    const waiting = [idOf('instruction'), idOf('submitted')].sort()
    now = new Date(typedAt.getTime() + 11 * DAY_MS - 1)
    const before = await overview('pageSize=100')
    expect(before.items.filter((item) => item.onboarding?.waiting)).toEqual([])
    expect(idsOf(await overview('toHandle=true'))).toEqual([])

    now = new Date(typedAt.getTime() + 11 * DAY_MS)
    const after = await overview('pageSize=100')
    const flagged = after.items.filter((item) => item.toHandle.includes('onboarding-waiting'))
    expect(flagged.map((item) => item.id).sort()).toEqual(waiting)
    expect(flagged.every((item) => item.onboarding?.waiting)).toBe(true)
    expect(idsOf(await overview('toHandle=true'))).toEqual(waiting)
    expect(idsOf(await overview('toHandle=false')).length).toBe(Object.keys(STORIES).length - 2)
    expect(after.summary.toHandle).toBe(before.summary.toHandle + 2)

    // Another server allows a month.
    const patient = await testApp(database.db, {
      clock: () => now,
      onboarding: { editorName: 'MGDIS', solutionName: 'Aiden', waitingDays: 30 },
    })
    try {
      expect(idsOf(await overview('toHandle=true', patient))).toEqual([])
    } finally {
      await patient.close()
      now = typedAt
    }
  })

  it('exports the step in the CSV column « Mise en service », with the waiting reason', async () => {
    now = new Date(typedAt.getTime() + 20 * DAY_MS)
    const csv = await server.app.inject({
      method: 'GET',
      url: `/api/tenants?q=${prefix}&step=3`,
      headers: { accept: 'text/csv' },
    })
    now = typedAt
    expect(csv.statusCode).toBe(200)
    const lines = csv.rawPayload.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toContain(';Mise en service;À traiter')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toMatch(
      /;étape 3 sur 6 \(en instruction\);demande en attente depuis longtemps$/,
    )
  })
})
