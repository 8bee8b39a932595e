import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../../../lib/api-client'
import { ApiError } from '../../../lib/api-error'
import {
  onboardingInputSchema,
  onboardingSchema,
  type Onboarding,
  type OnboardingInput,
} from '#contract/onboarding'
import { onboardingPath } from '../paths'
import { requireEtag } from '../api'
import { franceConnectKeys } from '../queries'

/** The onboarding with the version the server gave it; the version goes back in `If-Match`. */
export interface VersionedOnboarding {
  onboarding: Onboarding
  etag: string
}

function versioned(data: Onboarding, etag: string | null): VersionedOnboarding {
  return { onboarding: data, etag: requireEtag(etag) }
}

/** The tenant's onboarding, or null when the backend has none (before 1.6: 404). */
export async function fetchOnboarding(
  api: ApiClient,
  tenantId: string,
  signal?: AbortSignal,
): Promise<VersionedOnboarding | null> {
  try {
    const { data, etag } = await api.request(onboardingPath(tenantId), {
      schema: onboardingSchema,
      signal,
    })
    return versioned(data, etag)
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export async function saveOnboarding(
  api: ApiClient,
  tenantId: string,
  input: OnboardingInput,
  etag: string,
): Promise<VersionedOnboarding> {
  const { data, etag: nextEtag } = await api.request(onboardingPath(tenantId), {
    method: 'PUT',
    body: onboardingInputSchema.parse(input),
    ifMatch: etag,
    schema: onboardingSchema,
  })
  return versioned(data, nextEtag)
}

export function onboardingQueryOptions(api: ApiClient, tenantId: string) {
  return queryOptions({
    queryKey: franceConnectKeys.onboarding(tenantId),
    queryFn: ({ signal }) => fetchOnboarding(api, tenantId, signal),
  })
}

/** Saves what the configurer typed; the server's answer becomes the page's onboarding. */
export function useSaveOnboarding(api: ApiClient, tenantId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ input, etag }: { input: OnboardingInput; etag: string }) =>
      saveOnboarding(api, tenantId, input, etag),
    onSuccess: (saved) => {
      queryClient.setQueryData(franceConnectKeys.onboarding(tenantId), saved)
      void queryClient.invalidateQueries({ queryKey: franceConnectKeys.history(tenantId) })
    },
  })
}
