// @vitest-environment happy-dom
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { PROBLEM_CONTENT_TYPE } from '#contract/problem-details'
import { JSON_ACCEPT } from '../lib/api-path'
import { createApiClient } from '../lib/api-client'
import { startEarlyGet } from '../lib/early-requests'
import { server, TEST_API_BASE_URL } from '../mocks/node'
import { renderShells } from '../shell'
import { openingPaths } from './opening-paths'
import {
  environmentCatalogueQueryOptions,
  settingsQueryOptions,
  tenantQueryOptions,
} from '../features/france-connect/queries'
import { sessionQueryOptions } from '../features/session/queries'
import { parseTenantsQuery } from '../features/tenants/overview-query'
import { tenantsPageQueryOptions } from '../features/tenants/queries'
import { prefetchOpenedPage } from './prefetch'
import { createQueryClient } from './query-client'

const api = () => createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 2_000 })

/**
 * The API paths the mock server is asked for while `paths` are sent early and `queries` run
 * (and 50 ms after, for a query that would ask again).
 */
async function pathsAsked(paths: string[], queries: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url).pathname.slice(new URL(TEST_API_BASE_URL).pathname.length))
  })
  try {
    for (const path of paths) startEarlyGet(`${TEST_API_BASE_URL}${path}`, 2_000)
    await queries()
    await new Promise((resolve) => setTimeout(resolve, 50))
    return seen
  } finally {
    server.events.removeAllListeners()
  }
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('the first visit', () => {
  it('sends early the very requests the first queries make, and they take them', async () => {
    window.history.replaceState(null, '', '/tenants/mairie-exemple/france-connect')
    const paths = openingPaths('tenants/mairie-exemple/france-connect')
    expect(paths).toEqual([
      '/session',
      '/tenants/mairie-exemple/france-connect',
      '/tenants/mairie-exemple',
      '/france-connect/environments',
    ])
    const queryClient = createQueryClient()
    const client = api()
    const seen = await pathsAsked(paths, async () => {
      await prefetchOpenedPage(queryClient, client)
      // Every query of the page answered (a key that matched nothing would wait for nothing).
      const settings = settingsQueryOptions(client, 'mairie-exemple')
      const tenant = tenantQueryOptions(client, 'mairie-exemple')
      const catalogue = environmentCatalogueQueryOptions(client)
      for (const { queryKey } of [settings, tenant, catalogue])
        expect(queryClient.getQueryCache().find({ queryKey })).toBeDefined()
      // Their requests are in flight: waited for, not sent again.
      await Promise.all([
        queryClient.query({ ...settings, staleTime: 'static' }),
        queryClient.query({ ...tenant, staleTime: 'static' }),
        queryClient.query({ ...catalogue, staleTime: 'static' }),
      ])
    })
    expect(
      queryClient.getQueryData(settingsQueryOptions(client, 'mairie-exemple').queryKey),
    ).toHaveProperty('settings.enabled')
    // Each path asked once: by the early requests, never again by the queries.
    expect(seen.toSorted()).toEqual(paths.toSorted())
    expect(queryClient.getQueryData(['session'])).toHaveProperty('mode')
  })

  it('sends early the overview’s first requests when its address has no filter', async () => {
    const paths = openingPaths('', '')
    expect(paths).toEqual(['/session', '/tenants', '/france-connect/environments'])
    // Filters in the address: the early script does not read them, the page asks itself.
    expect(openingPaths('', '?q=mairie')).toEqual(['/session'])
    const queryClient = createQueryClient()
    const client = api()
    const seen = await pathsAsked(paths, async () => {
      // The overview's queries, as its page and its content make them.
      await Promise.all([
        queryClient.query(sessionQueryOptions(client)),
        queryClient.query(tenantsPageQueryOptions(client, parseTenantsQuery(''))),
        queryClient.query(environmentCatalogueQueryOptions(client)),
      ])
    })
    // Each path asked once: by the early requests, never again by the queries.
    expect(seen.toSorted()).toEqual(paths.toSorted())
    expect(
      queryClient.getQueryData(tenantsPageQueryOptions(client, parseTenantsQuery('')).queryKey),
    ).toHaveProperty('items')
  })

  it('hands an early response to the client once, then asks the server again', async () => {
    let served = 0
    server.use(
      http.get(`${TEST_API_BASE_URL}/early-thing`, ({ request }) => {
        served += 1
        expect(request.headers.get('Accept')).toBe(JSON_ACCEPT)
        return HttpResponse.json({ served })
      }),
    )
    const { z } = await import('#contract/zod')
    const schema = z.object({ served: z.number() })
    startEarlyGet(`${TEST_API_BASE_URL}/early-thing`, 2_000)
    const client = api()
    expect((await client.request('/early-thing', { schema })).data).toEqual({ served: 1 })
    expect((await client.request('/early-thing', { schema })).data).toEqual({ served: 2 })
    expect(JSON_ACCEPT).toContain(PROBLEM_CONTENT_TYPE)
  })

  it('checks an early response like any other: a problem is an error', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/early-fault`, () =>
        HttpResponse.json(
          { title: 'Accès refusé', status: 403 },
          { status: 403, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
        ),
      ),
    )
    const { z } = await import('#contract/zod')
    startEarlyGet(`${TEST_API_BASE_URL}/early-fault`, 2_000)
    await expect(api().request('/early-fault', { schema: z.object({}) })).rejects.toMatchObject({
      status: 403,
      title: 'Accès refusé',
    })
  })

  it('has a shell for the tab and the overview: the frame and the title, no data', async () => {
    const shells = await renderShells()
    expect(Object.keys(shells).toSorted()).toEqual([
      'france-connect',
      'france-connect.local',
      'root',
      'root.local',
    ])
    const tab = document.createElement('div')
    tab.innerHTML = shells['france-connect'] ?? ''
    expect(tab.querySelector('header.fr-header')).not.toBeNull()
    expect(tab.querySelector('footer.fr-footer')).not.toBeNull()
    expect(tab.querySelector('main h1')?.textContent).toBe('Intégration FranceConnect')
    expect(tab.querySelector('[role="status"]')?.textContent).toBe('Chargement des réglages…')
    expect(tab.textContent).not.toContain('Mode local')
    // Nobody is signed in yet in a shell: no tools, no menu to open.
    expect(tab.querySelector('#header-menu-button')).toBeNull()

    const local = document.createElement('div')
    local.innerHTML = shells['france-connect.local'] ?? ''
    expect(local.querySelector('.fr-notice__title')?.textContent).toBe(
      'Mode local : aucune connexion n’est demandée.',
    )
    const overview = document.createElement('div')
    overview.innerHTML = shells.root ?? ''
    expect(overview.querySelector('main h1')?.textContent).toBe('Vue d’ensemble des espaces')
  })
})
