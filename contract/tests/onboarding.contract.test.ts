import { describe, expect, it } from 'vitest'
import { onboardingInputOf, type Onboarding, type OnboardingInput } from '../onboarding'
import { contractTenant, documentErrors, exchange, expectProblem } from './contract-client'

const tenantPath = `/tenants/${encodeURIComponent(contractTenant)}`
const onboardingPath = `${tenantPath}/france-connect/onboarding`

async function current() {
  const response = await exchange('GET', onboardingPath)
  const etag = response.headers.get('ETag')
  if (response.status !== 200 || !etag)
    throw new Error(`GET ${onboardingPath} → ${response.status}`)
  return { etag, onboarding: response.body as Onboarding }
}

async function save(etag: string, body: OnboardingInput) {
  const response = await exchange('PUT', onboardingPath, { body, headers: { 'If-Match': etag } })
  expect(response.status).toBe(200)
  return { etag: response.headers.get('ETag') ?? '', onboarding: response.body as Onboarding }
}

describe(`REST contract 1.6, the onboarding of ${contractTenant}`, () => {
  it('GET returns the onboarding with an ETag, in the documented shape', async () => {
    const response = await exchange('GET', onboardingPath)
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBeTruthy()
    expect(documentErrors('Onboarding', response.body)).toEqual([])
  })

  it('GET on an unknown tenant answers 404 with problem details', async () => {
    expectProblem(
      await exchange('GET', '/tenants/espace-qui-n-existe-pas/france-connect/onboarding'),
      404,
    )
  })

  it('PUT without If-Match answers 428, with a stale ETag 412', async () => {
    const { onboarding } = await current()
    const body = onboardingInputOf(onboarding)
    expectProblem(await exchange('PUT', onboardingPath, { body }), 428)
    expectProblem(
      await exchange('PUT', onboardingPath, { body, headers: { 'If-Match': '"version-perimee"' } }),
      412,
    )
  })

  it('PUT with invalid values answers 422 with a pointer per field, and stores nothing', async () => {
    const { etag, onboarding } = await current()
    const input = onboardingInputOf(onboarding)
    const response = await exchange('PUT', onboardingPath, {
      body: {
        ...input,
        datapass: { ...input.datapass, number: 'DP-12', siret: '21750001600018' },
        production: { ...input.production, state: 'en_attente' },
      },
      headers: { 'If-Match': etag },
    })
    expectProblem(response, 422)
    const pointers = (response.body as { errors: { pointer: string }[] }).errors.map(
      (error) => error.pointer,
    )
    expect(pointers).toEqual(
      expect.arrayContaining(['/datapass/number', '/datapass/siret', '/production/state']),
    )
    expect((await current()).etag).toBe(etag)
  })

  it('PUT saves, dates and signs each state that changed, and journals it before → after', async () => {
    const before = await current()
    const input = onboardingInputOf(before.onboarding)
    const nextState = input.datapass.state === 'submitted' ? 'draft' : 'submitted'
    const saved = await save(before.etag, {
      ...input,
      datapass: { ...input.datapass, number: '98765', state: nextState, siret: '21750001600019' },
    })
    expect(saved.etag).not.toBe(before.etag)
    expect(documentErrors('Onboarding', saved.onboarding)).toEqual([])
    expect(saved.onboarding.datapass).toMatchObject({
      number: '98765',
      state: nextState,
      siret: '21750001600019',
    })
    const since = saved.onboarding.datapass.stateSince
    expect(since?.at).toBeTruthy()
    expect(Date.now() - new Date(since?.at ?? 0).getTime()).toBeLessThan(5 * 60_000)
    // The states that did not change keep their date.
    expect(saved.onboarding.production.stateSince).toEqual(before.onboarding.production.stateSince)

    // Among the newest entries (another suite may be writing the same tenant meanwhile).
    const history = await exchange('GET', `${tenantPath}/france-connect/history?pageSize=10`)
    const entry = (history.body as { items: Record<string, unknown>[] }).items.find(
      (item) => item.kind === 'onboarding-saved',
    )
    expect(entry).toBeDefined()
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: 'datapass.state', before: input.datapass.state, after: nextState },
      ]),
    )

    // Back as it was, for the next run.
    await save(saved.etag, input)
  })

  it('the overview tells each tenant’s step, and filters by it', async () => {
    const { onboarding } = await current()
    const overview = await exchange('GET', `/tenants?q=${encodeURIComponent(contractTenant)}`)
    expect(overview.status).toBe(200)
    const items = (overview.body as { items: { id: string; onboarding?: { step: number } }[] })
      .items
    const row = items.find((item) => item.id === contractTenant)
    expect(row?.onboarding?.step).toBeGreaterThanOrEqual(1)
    expect(documentErrors('TenantSummary', row)).toEqual([])
    const step = row?.onboarding?.step ?? 0
    const sameStep = await exchange('GET', `/tenants?step=${step}&pageSize=100`)
    const ids = (sameStep.body as { items: { id: string; onboarding?: { step: number } }[] }).items
    expect(ids.every((item) => item.onboarding?.step === step)).toBe(true)
    expect(onboarding.milestones).toBeDefined()
    expectProblem(await exchange('GET', '/tenants?step=7'), 400)
  })
})
