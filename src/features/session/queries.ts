import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from '../../lib/api-client'
import { fetchSession } from './api'

export const sessionKeys = { session: () => ['session'] as const }

export function sessionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: sessionKeys.session(),
    queryFn: ({ signal }) => fetchSession(api, signal),
    staleTime: 5 * 60_000,
  })
}
