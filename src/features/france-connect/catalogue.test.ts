import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../lib/api-client'
import { mockFaults, server, TEST_API_BASE_URL } from '../../mocks/node'
import { fetchEnvironmentCatalogue } from './api'
import {
  BUILT_IN_ENVIRONMENTS,
  environmentCatalogueSchema,
  findEnvironment,
  offeredEnvironments,
} from './catalogue'

const api = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 2_000 })
const ids = (list: readonly { id: string }[]) => list.map((environment) => environment.id)

describe('the built-in catalogue', () => {
  it('holds the procedure’s two presets exactly as written, and today’s v2 hosts', () => {
    expect(BUILT_IN_ENVIRONMENTS.slice(0, 2).map(({ label, url }) => ({ label, url }))).toEqual([
      { label: 'Production', url: 'https://app.franceconnect.gouv.fr' },
      { label: 'Intégration', url: 'https://fcp-low.integ01.dev-franceconnect.fr' },
    ])
    expect(BUILT_IN_ENVIRONMENTS.map((environment) => environment.url)).toEqual(
      expect.arrayContaining([
        'https://oidc.franceconnect.gouv.fr/api/v2',
        'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
      ]),
    )
    expect(environmentCatalogueSchema.safeParse(BUILT_IN_ENVIRONMENTS).success).toBe(true)
  })

  it('offers a retired host only to a tenant still using it', () => {
    expect(ids(offeredEnvironments(BUILT_IN_ENVIRONMENTS, ''))).not.toContain('v1-production')
    expect(
      ids(offeredEnvironments(BUILT_IN_ENVIRONMENTS, 'https://app.franceconnect.gouv.fr/api/v1/')),
    ).toContain('v1-production')
    expect(ids(offeredEnvironments(BUILT_IN_ENVIRONMENTS, ''))).toContain('integration')
  })

  it('finds an environment whatever the trailing slash', () => {
    expect(findEnvironment(BUILT_IN_ENVIRONMENTS, 'https://app.franceconnect.gouv.fr/')?.id).toBe(
      'production',
    )
    expect(findEnvironment(BUILT_IN_ENVIRONMENTS, 'https://ailleurs.example.fr')).toBeUndefined()
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
