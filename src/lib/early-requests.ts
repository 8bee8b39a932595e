import { JSON_ACCEPT } from './api-path'

/**
 * GET requests of the API started before the app's bundle has arrived (by src/early.ts), each
 * handed once to the API client when it asks for the same URL: the client then reads, checks
 * and reports the response as if it had sent the request itself.
 */
const started = new Map<string, Promise<Response>>()

export function startEarlyGet(url: string, timeoutMs: number) {
  const response = fetch(url, {
    headers: { Accept: JSON_ACCEPT },
    signal: AbortSignal.timeout(timeoutMs),
  })
  // Failures are the client's to report, once it takes the request.
  response.catch(() => undefined)
  started.set(url, response)
}

/** The request started early for this URL, if any; a second call gets nothing. */
export function takeEarlyGet(url: string): Promise<Response> | undefined {
  const response = started.get(url)
  started.delete(url)
  return response
}
