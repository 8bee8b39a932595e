import { QueryClient } from '@tanstack/react-query'
import { readRetryDelay, shouldRetryRead } from '../lib/read-retry'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
        refetchOnWindowFocus: false,
        // A read that has failed (after its own retries, often before the page is first
        // drawn: see prefetch.ts) says so with « Réessayer », rather than being sent again
        // because a component starts showing it.
        retryOnMount: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  })
}
