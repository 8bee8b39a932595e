import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { EMPTY_ONBOARDING_INPUT, onboardingSchema } from '#contract/onboarding'
import { onboardingMilestones } from '#contract/onboarding-steps'
import { franceConnectSettingsSchema } from '#contract/settings'
import { addTenant, enableBody, recordConnectionTest, testApp, type TestApp } from '../test/app'
import { embeddedDatabase, postgresDatabase, type TestDatabase } from '../test/databases'
import { onboardingPath, onboardingRequests, SUBMITTED } from '../test/onboarding'

const AUTHOR = 'Administrateur local'

describe.each([
  ['PGlite', embeddedDatabase],
  ['PostgreSQL', postgresDatabase],
])('the onboarding resource on %s', (_name, open) => {
  let database: TestDatabase
  let server: TestApp
  let now = new Date('2026-03-02T09:00:00.000Z')

  beforeAll(async () => {
    database = await open()
    server = await testApp(database.db, { clock: () => now })
  })
  afterAll(async () => {
    await server.close()
    await database.cleanup()
  })

  const { get, put, history } = onboardingRequests(() => server)

  it('answers the empty onboarding of a tenant nothing was typed for, with its own version', async () => {
    const tenantId = await addTenant(database.db)
    const response = await server.app.inject({ method: 'GET', url: onboardingPath(tenantId) })
    expect(response.statusCode).toBe(200)
    expect(response.headers.etag).toBe('"o0"')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(onboardingSchema.parse(response.json())).toEqual({
      datapass: { ...EMPTY_ONBOARDING_INPUT.datapass, stateSince: null },
      sandbox: { ...EMPTY_ONBOARDING_INPUT.sandbox, stateSince: null },
      production: { ...EMPTY_ONBOARDING_INPUT.production, stateSince: null },
      milestones: { keySaved: null, connectionVerified: null, enabled: null },
      wording: { editorName: 'MGDIS', solutionName: 'Aiden' },
      updatedAt: null,
      updatedBy: null,
    })
  })

  it('saves what was typed, dates and signs each state that changed, and journals it before → after', async () => {
    const tenantId = await addTenant(database.db)
    now = new Date('2026-03-02T09:00:00.000Z')
    const first = await put(tenantId, SUBMITTED, '"o0"')
    expect(first.statusCode, first.body).toBe(200)
    expect(first.headers.etag).toBe('"o1"')
    expect(onboardingSchema.parse(first.json())).toMatchObject({
      datapass: { ...SUBMITTED.datapass, stateSince: { at: now.toISOString(), by: AUTHOR } },
      sandbox: { state: 'not_requested', stateSince: null },
      production: { state: 'not_filed', stateSince: null },
      updatedAt: now.toISOString(),
      updatedBy: AUTHOR,
    })

    const validatedAt = new Date('2026-03-20T14:30:00.000Z')
    now = validatedAt
    const filed = {
      datapass: { ...SUBMITTED.datapass, state: 'validated' },
      sandbox: { state: 'not_requested' },
      production: { ...SUBMITTED.production, dossierNumber: '9876543', state: 'en_instruction' },
    }
    expect((await put(tenantId, filed, '"o1"')).headers.etag).toBe('"o2"')
    now = new Date('2026-03-21T08:00:00.000Z')
    const withAddress = { ...filed, production: { ...filed.production, ipAddress: '203.0.113.10' } }
    const third = await put(tenantId, withAddress, '"o2"')
    expect(third.headers.etag).toBe('"o3"')

    // The states keep the date they changed on; the address alone changes no state.
    const { etag, body } = await get(tenantId)
    expect(etag).toBe('"o3"')
    expect(body).toEqual(third.json())
    const validated = { at: validatedAt.toISOString(), by: AUTHOR }
    expect(body.datapass.stateSince).toEqual(validated)
    expect(body.production).toMatchObject({ ipAddress: '203.0.113.10', stateSince: validated })
    expect(body.updatedAt).toBe(now.toISOString())

    const journal = await history(tenantId)
    expect(journal.total).toBe(3)
    expect(journal.items[0]).toMatchObject({
      at: now.toISOString(),
      actor: { name: AUTHOR, subject: null },
      kind: 'onboarding-saved',
      revision: null,
      changes: [{ field: 'production.ipAddress', before: '', after: '203.0.113.10' }],
    })
    expect(journal.items[1]?.changes).toEqual([
      { field: 'datapass.state', before: 'submitted', after: 'validated' },
      { field: 'production.dossierNumber', before: '', after: '9876543' },
      { field: 'production.state', before: 'not_filed', after: 'en_instruction' },
    ])
    expect(journal.items[2]?.changes).toContainEqual({
      field: 'datapass.siret',
      before: '',
      after: '21750001600019',
    })
    // The settings and their version are another resource.
    const settings = await server.app.inject({
      method: 'GET',
      url: `/api/tenants/${tenantId}/france-connect`,
    })
    expect(settings.headers.etag).toBe('"r1"')
    expect(franceConnectSettingsSchema.parse(settings.json()).updatedAt).toBeNull()
  })

  it('keeps the version and writes nothing when a save changes nothing', async () => {
    const tenantId = await addTenant(database.db)
    await put(tenantId, SUBMITTED, '"o0"')
    const saved = await get(tenantId)
    now = new Date(now.getTime() + 60_000)
    // The same values, the SIRET typed with spaces as it is printed.
    const again = await put(
      tenantId,
      { ...SUBMITTED, datapass: { ...SUBMITTED.datapass, siret: '217 500 016 00019' } },
      '"o1"',
    )
    expect(again.statusCode).toBe(200)
    expect(again.headers.etag).toBe('"o1"')
    expect(again.json()).toEqual(saved.body)
    expect((await history(tenantId)).total).toBe(1)
  })

  it('derives the milestones from the production key, the last test and the activation', async () => {
    const tenantId = await addTenant(database.db)
    const saveSettings = async (body: Record<string, unknown>, etag: string) => {
      const response = await server.app.inject({
        method: 'PUT',
        url: `/api/tenants/${tenantId}/france-connect`,
        headers: { 'if-match': etag },
        payload: body,
      })
      expect(response.statusCode, response.body).toBe(200)
      return franceConnectSettingsSchema.parse(response.json())
    }
    const milestones = async () => {
      const { body } = await get(tenantId)
      // The few entries read give what the whole journal gives.
      const settings = await server.app.inject({
        method: 'GET',
        url: `/api/tenants/${tenantId}/france-connect`,
      })
      expect(body.milestones).toEqual(
        onboardingMilestones(
          franceConnectSettingsSchema.parse(settings.json()),
          (await history(tenantId)).items,
          BUILT_IN_ENVIRONMENTS,
        ),
      )
      return body.milestones
    }
    const by = (at: Date, name = AUTHOR) => ({ at: at.toISOString(), by: name })

    // A key on the integration environment is not a milestone.
    const body = enableBody()
    const integration = 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2'
    await saveSettings({ ...body, enabled: false, environmentUrl: integration }, '"r1"')
    expect(await milestones()).toEqual({ keySaved: null, connectionVerified: null, enabled: null })

    const keyAt = new Date('2026-04-01T10:00:00.000Z')
    now = keyAt
    await saveSettings(body, '"r2"')
    expect(await milestones()).toEqual({
      keySaved: by(keyAt),
      connectionVerified: null,
      enabled: by(keyAt),
    })

    const testedAt = new Date('2026-04-01T10:05:00.000Z')
    await recordConnectionTest(database.db, tenantId, { at: testedAt })
    expect((await milestones()).connectionVerified).toEqual(by(testedAt, 'Camille Martin'))

    // Another text leaves the key as it was saved, and its test.
    now = new Date('2026-04-02T10:00:00.000Z')
    const { clientSecret: _kept, ...withoutSecret } = body
    await saveSettings({ ...withoutSecret, connectionText: 'Un autre texte.' }, '"r3"')
    expect(await milestones()).toMatchObject({
      keySaved: by(keyAt),
      connectionVerified: by(testedAt, 'Camille Martin'),
    })

    // A new secret is a new key: its test is still to pass.
    const newKeyAt = new Date('2026-04-03T10:00:00.000Z')
    now = newKeyAt
    await saveSettings({ ...body, clientSecret: 'un-nouveau-secret' }, '"r4"')
    expect(await milestones()).toEqual({
      keySaved: by(newKeyAt),
      connectionVerified: null,
      enabled: by(newKeyAt),
    })
  })
})
