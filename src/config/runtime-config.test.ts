import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../mocks/node'
import { loadRuntimeConfig, resolveApiBaseUrl } from './runtime-config'

const appBase = new URL('https://admin.example.fr/espace/fc/')
const serve = (body: Record<string, unknown>) =>
  server.use(
    http.get('https://admin.example.fr/espace/fc/config.json', () => HttpResponse.json(body)),
  )

describe('runtime configuration', () => {
  it('is read next to the app and resolves a relative API base against it', async () => {
    serve({ apiBaseUrl: 'api/', mockApi: false, defaultTenant: 'portaildesaides' })
    expect(await loadRuntimeConfig(appBase)).toEqual({
      apiBaseUrl: 'https://admin.example.fr/espace/fc/api',
      mockApi: false,
      defaultTenant: 'portaildesaides',
      requestTimeoutMs: 15_000,
    })
  })

  it('keeps an absolute API base, on another origin too', () => {
    expect(resolveApiBaseUrl('https://backend.example.fr/v1/', appBase)).toBe(
      'https://backend.example.fr/v1',
    )
    expect(resolveApiBaseUrl('/api', appBase)).toBe('https://admin.example.fr/api')
  })

  it('names the fields that are wrong', async () => {
    serve({ apiBaseUrl: '', mockApi: 'yes', defaultTenant: 'Portail des aides' })
    await expect(loadRuntimeConfig(appBase)).rejects.toThrow(
      '/espace/fc/config.json : champs invalides (apiBaseUrl, mockApi, defaultTenant)',
    )
  })

  it('says when the file is missing', async () => {
    server.use(
      http.get(
        'https://admin.example.fr/espace/fc/config.json',
        () => new HttpResponse(null, { status: 404 }),
      ),
    )
    await expect(loadRuntimeConfig(appBase)).rejects.toThrow('HTTP 404 sur /espace/fc/config.json')
  })
})
