import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { createApiClient } from '../../../lib/api-client'
import { mockFaults, server, TEST_API_BASE_URL } from '../../../mocks/node'
import { fetchEnvironmentCatalogue } from '../api'
import { offeredEnvironments } from './environments'

const api = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 2_000 })
const ids = (list: readonly { id: string }[]) => list.map((environment) => environment.id)

describe('the environments offered', () => {
  it('offers a retired host only to a tenant still using it', () => {
    expect(ids(offeredEnvironments(BUILT_IN_ENVIRONMENTS, ''))).not.toContain('v1-production')
    expect(
      ids(offeredEnvironments(BUILT_IN_ENVIRONMENTS, 'https://app.franceconnect.gouv.fr/api/v1/')),
    ).toContain('v1-production')
    expect(ids(offeredEnvironments(BUILT_IN_ENVIRONMENTS, ''))).toContain('integration')
  })
})

describe('fetching the catalogue', () => {
  it('takes the server’s list', async () => {
    mockFaults.select('catalogue-new-host')
    const catalogue = await fetchEnvironmentCatalogue(api)
    expect(catalogue.source).toBe('server')
    expect(ids(catalogue.environments)).toContain('v3-exemple')
  })

  it('falls back to the built-in list when the server has none (404 or empty)', async () => {
    mockFaults.select('no-catalogue')
    expect(await fetchEnvironmentCatalogue(api)).toEqual({
      environments: BUILT_IN_ENVIRONMENTS,
      source: 'built-in',
    })
    server.use(
      http.get(`${TEST_API_BASE_URL}/france-connect/environments`, () => HttpResponse.json([])),
    )
    expect((await fetchEnvironmentCatalogue(api)).source).toBe('built-in')
  })

  it('reports other failures, for the tab to say it fell back', async () => {
    mockFaults.select('catalogue-error')
    await expect(fetchEnvironmentCatalogue(api)).rejects.toMatchObject({ status: 500 })
  })
})
