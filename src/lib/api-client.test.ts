import { http, HttpResponse, delay } from 'msw'
import { describe, expect, it } from 'vitest'
import { z } from '#contract/zod'
import { server } from '../mocks/node'
import { apiPath, createApiClient, parseRetryAfter } from './api-client'
import { ApiError } from './api-error'

const base = 'http://backend.test/api'
const api = createApiClient({ baseUrl: base, timeoutMs: 200 })
const schema = z.object({ name: z.string() })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('API client', () => {
  it('parses the body, returns the ETag and sends If-Match and JSON on writes', async () => {
    let seen: { ifMatch: string | null; type: string | null; body: unknown } | undefined
    server.use(
      http.put(`${base}/things/1`, async ({ request }) => {
        seen = {
          ifMatch: request.headers.get('If-Match'),
          type: request.headers.get('Content-Type'),
          body: await request.json(),
        }
        return HttpResponse.json({ name: 'ok', extra: 1 }, { headers: { ETag: '"v2"' } })
      }),
    )
    const result = await api.request('/things/1', {
      method: 'PUT',
      body: { a: 1 },
      ifMatch: '"v1"',
      schema,
    })
    expect(result).toEqual({ data: { name: 'ok' }, etag: '"v2"' })
    expect(seen).toEqual({ ifMatch: '"v1"', type: 'application/json', body: { a: 1 } })
  })

  it('turns RFC 9457 problem details into an ApiError with field errors', async () => {
    server.use(
      http.put(`${base}/things/1`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Valeurs refusées',
            status: 422,
            detail: 'Corrigez les champs.',
            errors: [{ pointer: '/clientId', detail: 'Déjà utilisé.' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const error = await failure(api.request('/things/1', { method: 'PUT', body: {}, schema }))
    expect(error).toMatchObject({
      kind: 'http',
      status: 422,
      title: 'Valeurs refusées',
      detail: 'Corrigez les champs.',
      fieldErrors: [{ pointer: '/clientId', detail: 'Déjà utilisé.' }],
    })
  })

  it.each([
    [401, 'Votre session a expiré'],
    [403, 'Accès refusé'],
    [412, 'Les réglages ont été modifiés entre-temps'],
    [500, 'Erreur interne du serveur'],
    [503, 'Le service est momentanément indisponible'],
    [418, 'Erreur inattendue'],
  ])('gives status %i without a problem body a French title', async (status, title) => {
    server.use(
      http.get(`${base}/things/1`, () => new HttpResponse('<html>oops</html>', { status })),
    )
    const error = await failure(api.request('/things/1', { schema }))
    expect(error).toMatchObject({ kind: 'http', status, title, detail: null })
  })

  it('reads Retry-After on a 503', async () => {
    server.use(
      http.get(
        `${base}/things/1`,
        () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '7' } }),
      ),
    )
    expect((await failure(api.request('/things/1', { schema }))).retryAfterSeconds).toBe(7)
  })

  it('reports a body that does not match the contract instead of returning it', async () => {
    server.use(http.get(`${base}/things/1`, () => HttpResponse.json({ name: 42 })))
    const error = await failure(api.request('/things/1', { schema }))
    expect(error).toMatchObject({
      kind: 'invalid-response',
      title: 'Réponse du serveur inattendue',
    })
  })

  it('tells a network failure from a timeout', async () => {
    server.use(http.get(`${base}/down`, () => HttpResponse.error()))
    expect((await failure(api.request('/down', { schema }))).kind).toBe('network')

    server.use(
      http.get(`${base}/slow`, async () => {
        await delay(1_000)
        return HttpResponse.json({ name: 'late' })
      }),
    )
    expect((await failure(api.request('/slow', { schema }))).kind).toBe('timeout')
  })

  it('lets a caller’s own abort through untouched', async () => {
    server.use(
      http.get(`${base}/slow`, async () => {
        await delay(1_000)
        return HttpResponse.json({ name: 'late' })
      }),
    )
    const controller = new AbortController()
    const request = api.request('/slow', { schema, signal: controller.signal })
    controller.abort()
    await expect(request).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('helpers', () => {
  it('encodes path segments', () => {
    expect(apiPath`/tenants/${'a/b?c'}/france-connect`).toBe('/tenants/a%2Fb%3Fc/france-connect')
  })

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120)
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})
