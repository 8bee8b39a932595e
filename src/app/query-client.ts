import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../lib/api-error'

const MAX_READ_RETRIES = 2

/** Reads retry with back-off on transient failures only; writes never retry by themselves. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES || !isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.status !== null && error.status >= 500
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfterSeconds !== null
            ? Math.min(error.retryAfterSeconds, 30) * 1000
            : Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  })
}
