import { isApiError } from './api-error'

const MAX_READ_RETRIES = 2

/** Reads retry on transient failures only (network, timeout, 5xx); writes never retry by themselves. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES || !isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.status !== null && error.status >= 500
}

/** Back-off: what Retry-After asks (up to 30 s), else 1 s, 2 s, 4 s… up to 8 s. */
export function readRetryDelay(attempt: number, error: unknown): number {
  return isApiError(error) && error.retryAfterSeconds !== null
    ? Math.min(error.retryAfterSeconds, 30) * 1000
    : Math.min(1000 * 2 ** attempt, 8000)
}
