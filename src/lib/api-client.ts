import type { ZodMiniType } from 'zod/mini'
import { ApiError } from './api-error'
import { PROBLEM_CONTENT_TYPE, problemDetailsSchema } from '#contract/problem-details'
import { JSON_ACCEPT } from './api-path'
import { takeEarlyGet } from './early-requests'

export { apiPath } from './api-path'

export interface ApiClientOptions {
  /** Absolute base URL of the REST API, without a trailing slash. */
  baseUrl: string
  /** Requests still running after this delay are aborted and reported as a timeout. */
  timeoutMs: number
  fetch?: typeof fetch
}

export interface ApiResponse<T> {
  data: T
  etag: string | null
}

export interface RequestOptions<T> {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE'
  body?: unknown
  ifMatch?: string
  signal?: AbortSignal | undefined
  /** Every response body is parsed, so a drifting backend fails loudly instead of rendering. */
  schema: ZodMiniType<T>
}

export interface ApiClient {
  readonly baseUrl: string
  request<T>(path: string, options: RequestOptions<T>): Promise<ApiResponse<T>>
  /** A `GET` of another media type than JSON (e.g. `text/csv`), as a Blob. */
  download(path: string, accept: string, signal?: AbortSignal): Promise<Blob>
}

/** Seconds from a `Retry-After` header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
  const contentType = response.headers.get('Content-Type') ?? ''
  const base = { kind: 'http', status: response.status, retryAfterSeconds } as const
  if (!contentType.includes(PROBLEM_CONTENT_TYPE) && !contentType.includes('application/json')) {
    return new ApiError(base)
  }
  const parsed = problemDetailsSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success) return new ApiError(base)
  const { title, detail, errors, signInUrl } = parsed.data
  return new ApiError({ ...base, title, detail, fieldErrors: errors, signInUrl })
}

export function createApiClient({
  baseUrl,
  timeoutMs,
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
}: ApiClientOptions): ApiClient {
  async function request<T>(path: string, options: RequestOptions<T>): Promise<ApiResponse<T>> {
    const { method = 'GET', body, ifMatch, signal, schema } = options
    const timeout = AbortSignal.timeout(timeoutMs)
    const headers = new Headers({ Accept: JSON_ACCEPT })
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    if (ifMatch !== undefined) headers.set('If-Match', ifMatch)

    let response: Response
    let json: unknown
    try {
      const url = `${baseUrl}${path}`
      const early = method === 'GET' ? takeEarlyGet(url) : undefined
      response = await (early ??
        fetchImpl(url, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        }))
      if (!response.ok) throw await errorFromResponse(response)
      json = await response.json().catch(() => undefined)
    } catch (error) {
      if (error instanceof ApiError) throw error
      if (signal?.aborted) throw error
      throw new ApiError({ kind: timeout.aborted ? 'timeout' : 'network' })
    }

    const parsed = schema.safeParse(json)
    if (!parsed.success) {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        detail: 'La réponse du serveur ne respecte pas le contrat de l’API.',
      })
    }
    return { data: parsed.data, etag: response.headers.get('ETag') }
  }

  async function download(path: string, accept: string, signal?: AbortSignal): Promise<Blob> {
    const timeout = AbortSignal.timeout(timeoutMs)
    try {
      const response = await fetchImpl(`${baseUrl}${path}`, {
        headers: { Accept: `${accept}, ${PROBLEM_CONTENT_TYPE}` },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      })
      if (!response.ok) throw await errorFromResponse(response)
      if (!(response.headers.get('Content-Type') ?? '').includes(accept)) {
        throw new ApiError({
          kind: 'invalid-response',
          status: response.status,
          detail: `Le serveur n’a pas répondu au format demandé (${accept}).`,
        })
      }
      return await response.blob()
    } catch (error) {
      if (error instanceof ApiError) throw error
      if (signal?.aborted) throw error
      throw new ApiError({ kind: timeout.aborted ? 'timeout' : 'network' })
    }
  }

  return { baseUrl, request, download }
}
