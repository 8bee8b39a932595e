import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { problemDetailsSchema } from '#contract/problem-details'
import { addTenant, testApp, type TestApp } from '../test/app'
import { embeddedDatabase, postgresDatabase, type TestDatabase } from '../test/databases'
import { onboardingPath, onboardingRequests, SUBMITTED } from '../test/onboarding'

describe.each([
  ['PGlite', embeddedDatabase],
  ['PostgreSQL', postgresDatabase],
])('the onboarding resource’s refusals on %s', (_name, open) => {
  let database: TestDatabase
  let server: TestApp

  beforeAll(async () => {
    database = await open()
    server = await testApp(database.db)
  })
  afterAll(async () => {
    await server.close()
    await database.cleanup()
  })

  const { get, put, history, expectProblem } = onboardingRequests(() => server)

  it('answers 428 without If-Match, 412 on a stale version or a settings version, and accepts *', async () => {
    const tenantId = await addTenant(database.db)
    expectProblem(await put(tenantId, SUBMITTED), 428)
    expect((await put(tenantId, SUBMITTED, '"o0"')).statusCode).toBe(200)
    const changed = { ...SUBMITTED, sandbox: { state: 'created' } }
    expectProblem(await put(tenantId, changed, '"o0"'), 412)
    expectProblem(await put(tenantId, changed, '"r1"'), 412)
    expectProblem(await put(tenantId, changed, 'W/"o1"'), 412)
    const forced = await put(tenantId, changed, '*')
    expect(forced.statusCode).toBe(200)
    expect(forced.headers.etag).toBe('"o2"')
  })

  it('refuses invalid values with a French error on each field, and saves nothing', async () => {
    const tenantId = await addTenant(database.db)
    const refused = await put(
      tenantId,
      {
        datapass: { number: '12a4', state: 'sent', organisationName: '', siret: '21750001600018' },
        sandbox: { state: 'not_requested' },
        production: { ...SUBMITTED.production, ipAddress: '999.1.1.1' },
      },
      '"o0"',
    )
    expectProblem(refused, 422)
    const errors = problemDetailsSchema.parse(refused.json()).errors ?? []
    const detailOf = (pointer: string) => errors.find((error) => error.pointer === pointer)?.detail
    expect(errors.map((error) => error.pointer).sort()).toEqual([
      '/datapass/number',
      '/datapass/siret',
      '/datapass/state',
      '/production/ipAddress',
    ])
    expect(detailOf('/datapass/number')).toContain('ne contient que des chiffres')
    expect(detailOf('/datapass/siret')).toContain('clé de contrôle est fausse')
    expect(detailOf('/datapass/state')).toBe('Choisissez un état de la liste.')

    // Only what the configurer types: no date, no milestone, no unknown section.
    const withDates = put(
      tenantId,
      { ...SUBMITTED, datapass: { ...SUBMITTED.datapass, stateSince: null } },
      '"o0"',
    )
    expectProblem(await withDates, 422)
    expectProblem(await put(tenantId, { datapass: SUBMITTED.datapass }, '"o0"'), 422)
    expect((await get(tenantId)).etag).toBe('"o0"')
    expect((await history(tenantId)).total).toBe(0)
  })

  it('answers 404 for a tenant that does not exist, read or written', async () => {
    for (const tenantId of ['espace-inexistant', 'Pas_Un_Identifiant']) {
      const read = await server.app.inject({ method: 'GET', url: onboardingPath(tenantId) })
      expectProblem(read, 404)
      expectProblem(await put(tenantId, SUBMITTED, '"o0"'), 404)
    }
  })

  it('lets exactly one of two saves of the same version win', async () => {
    const tenantId = await addTenant(database.db)
    const responses = await Promise.all([
      put(tenantId, SUBMITTED, '"o0"'),
      put(tenantId, { ...SUBMITTED, sandbox: { state: 'created' } }, '"o0"'),
    ])
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 412])
    expect((await get(tenantId)).etag).toBe('"o1"')
    expect((await history(tenantId)).total).toBe(1)
  })
})
