import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyPageSchema } from '#contract/history'
import { foldForSearch, tenantsPageSchema, type TenantsPage } from '#contract/tenants-overview'
import { recordLastTest } from '../db/connection-tests-repository'
import { insertTenant, NEW_TENANT_SETTINGS } from '../db/tenants-repository'
import { enableBody, testApp, type TestApp } from '../test/app'
import { embeddedDatabase, postgresDatabase, type TestDatabase } from '../test/databases'

describe.each([
  ['PGlite', embeddedDatabase],
  ['PostgreSQL', postgresDatabase],
])('the tenants overview on %s', (_name, open) => {
  let database: TestDatabase
  let server: TestApp
  /** This run's tenants share a prefix, so that the search isolates them. */
  const prefix = `vue-${crypto.randomUUID().slice(0, 6)}`
  const secret = `secret-${crypto.randomUUID()}`
  const ids = {
    fresh: `${prefix}-a`,
    live: `${prefix}-b`,
    retired: `${prefix}-c`,
    failing: `${prefix}-d`,
  }

  async function add(id: string, name: string) {
    await database.db.transaction((tx) =>
      insertTenant(
        tx,
        { id, name, portalBaseUrl: `https://${id}.example.fr` },
        NEW_TENANT_SETTINGS,
      ),
    )
  }
  async function enable(id: string, body = enableBody()) {
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/tenants/${id}/france-connect`,
      headers: { 'if-match': '*' },
      payload: body,
    })
    expect(response.statusCode).toBe(200)
  }
  const overview = async (query: string) => {
    const response = await server.app.inject({ method: 'GET', url: `/api/tenants?${query}` })
    expect(response.statusCode).toBe(200)
    return tenantsPageSchema.parse(response.json())
  }
  const idsOf = (page: TenantsPage) => page.items.map((item) => item.id)

  beforeAll(async () => {
    database = await open()
    server = await testApp(database.db)
    await add(ids.fresh, 'Mairie d’Évreux')
    await add(ids.live, 'Ville de Besançon ; services')
    await add(ids.retired, 'Ancien portail')
    await add(ids.failing, 'Communauté de communes')
    await enable(ids.live, enableBody(undefined, secret))
    await enable(ids.retired)
    await enable(ids.failing)
    // Stored before the platform was retired, with its secret since erased by an operator.
    await database.db.query(
      `update france_connect_settings set environment_url = 'https://app.franceconnect.gouv.fr/api/v1/',
         secret_ciphertext = null, secret_key_id = null where tenant_id = $1`,
      [ids.retired],
    )
    await recordLastTest(database.db, ids.failing, 'failed', new Date('2026-11-20T10:00:00Z'))
  })
  afterAll(async () => {
    await server.close()
    await database.cleanup()
  })

  it('finds tenants by id or name, whatever the case and accents, and says why one needs attention', async () => {
    const all = await overview(`q=${prefix}&pageSize=100`)
    expect(all.total).toBe(4)
    expect(idsOf(await overview('q=EVREUX'))).toContain(ids.fresh)
    expect(idsOf(await overview(`q=${encodeURIComponent('besançon')}`))).toContain(ids.live)
    // A LIKE wildcard typed in the search is a character like any other.
    expect((await overview(`q=${prefix.replace('-', '_')}`)).total).toBe(0)

    const byId = Object.fromEntries(all.items.map((item) => [item.id, item]))
    expect(byId[ids.fresh]).toMatchObject({ enabled: false, secretConfigured: false, toHandle: [] })
    expect(byId[ids.live]).toMatchObject({ enabled: true, secretConfigured: true, toHandle: [] })
    expect(byId[ids.live]?.lastChange?.by).toBe('Administrateur local')
    expect(byId[ids.retired]?.toHandle).toEqual(['environment-retired', 'enabled-without-secret'])
    expect(byId[ids.failing]).toMatchObject({
      lastTest: { at: '2026-11-20T10:00:00.000Z', outcome: 'failed' },
      toHandle: ['last-test-failed'],
    })
  })

  it('filters on activation, environment and « à traiter », and counts over every tenant', async () => {
    const enabled = await overview(`q=${prefix}&enabled=true`)
    expect(idsOf(enabled).sort()).toEqual([ids.live, ids.retired, ids.failing].sort())
    expect(idsOf(await overview(`q=${prefix}&enabled=false`))).toEqual([ids.fresh])
    expect(idsOf(await overview(`q=${prefix}&environment=none`))).toEqual([ids.fresh])
    const v1 = await overview(
      `q=${prefix}&environment=${encodeURIComponent('https://app.franceconnect.gouv.fr/api/v1')}`,
    )
    expect(idsOf(v1)).toEqual([ids.retired])
    const toHandle = await overview(`q=${prefix}&toHandle=true`)
    expect(idsOf(toHandle).sort()).toEqual([ids.retired, ids.failing].sort())
    expect(idsOf(await overview(`q=${prefix}&toHandle=false`)).sort()).toEqual(
      [ids.fresh, ids.live].sort(),
    )
    const summary = (await overview('')).summary
    expect(summary.enabled + summary.disabled).toBe(summary.total)
    expect(summary.total).toBeGreaterThanOrEqual(4)
    expect(summary.toHandle).toBeGreaterThanOrEqual(2)
  })

  it('sorts and pages on the server', async () => {
    const byName = await overview(`q=${prefix}`)
    expect(byName.items.map((item) => item.name)).toEqual([
      'Ancien portail',
      'Communauté de communes',
      'Mairie d’Évreux',
      'Ville de Besançon ; services',
    ])
    const second = await overview(`q=${prefix}&sort=name&order=desc&pageSize=1&page=2`)
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 1 })
    expect(idsOf(second)).toEqual([ids.fresh])
    const byChange = await overview(`q=${prefix}&sort=lastChange&order=desc`)
    expect(idsOf(byChange).at(-1)).toBe(ids.fresh)
    expect(idsOf(await overview(`q=${prefix}&sort=id`))).toEqual(Object.values(ids))
  })

  it('folds names in the database exactly as the contract folds the text typed', async () => {
    const names = ['ÉCOLE Œuvre à Ça', 'Île-de-France Ÿ ÿ Æ', 'Crème Brûlée ÑÕ', 'Ville de SÈTE']
    for (const [index, name] of names.entries()) await add(`${prefix}-fold-${index}`, name)
    const rows = await database.db.query<{ name: string; search_name: string }>(
      `select name, search_name from tenants where id like $1`,
      [`${prefix}-fold-%`],
    )
    expect(rows).toHaveLength(names.length)
    for (const row of rows) expect(row.search_name).toBe(foldForSearch(row.name))
  })

  it('refuses a bad query with a problem naming the parameter', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/tenants?pageSize=1000' })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json()).toMatchObject({
      errors: [expect.objectContaining({ pointer: '/pageSize' })],
    })
  })

  it('exports the filtered list as CSV for French spreadsheets, without any secret', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/tenants?q=${prefix}&enabled=true`,
      headers: { accept: 'text/csv' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toContain('attachment')
    const text = response.rawPayload.toString('utf8')
    expect(text.startsWith('\uFEFFIdentifiant;Nom;FranceConnect;Environnement;')).toBe(true)
    expect(text).not.toContain(secret)
    const lines = text.slice(1).split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(lines).toHaveLength(5)
    expect(lines).toContain(
      `${ids.live};"Ville de Besançon ; services";activé;Production;oui;;${
        lines
          .find((line) => line.startsWith(ids.live))
          ?.split(';')
          .at(-3) ?? ''
      };étape 1 sur 6 (à déposer);`,
    )
    expect(lines.find((line) => line.startsWith(ids.retired))).toContain(
      'Plateforme v1 (arrêtée);non;',
    )
  })

  it('keeps each version’s values in the journal, the secret apart', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/tenants/${ids.live}/france-connect/history`,
    })
    const [latest] = historyPageSchema.parse(response.json()).items
    const { clientId, ...values } = latest?.values ?? { clientId: '' }
    expect(clientId).toMatch(/^[0-9a-f]{64}$/)
    expect(values).toEqual({
      enabled: true,
      buttonVariant: 'FCboutons-10',
      connectionText: 'Connectez-vous avec FranceConnect.',
      environmentUrl: 'https://app.franceconnect.gouv.fr',
      previewBackground: '#FFFFFF',
    })
    expect(response.body).not.toContain(secret)
  })
})
