import {
  infiniteQueryOptions,
  queryOptions,
  type QueryClient,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query'
import type { ApiClient } from '../../lib/api-client'
import { shouldRetryRead } from '../../lib/read-retry'
import {
  fetchEnvironmentCatalogue,
  fetchHistory,
  fetchLastConnectionTest,
  runConnectionTest,
  fetchSettings,
  fetchTenant,
  saveSettings,
  type VersionedSettings,
} from './api'
import type { SettingsInput } from '#contract/settings'

export const franceConnectKeys = {
  all: ['france-connect'] as const,
  settings: (tenantId: string) => [...franceConnectKeys.all, 'settings', tenantId] as const,
  environments: () => [...franceConnectKeys.all, 'environments'] as const,
  tenant: (tenantId: string) => ['tenants', tenantId] as const,
  connectionTest: (tenantId: string) =>
    [...franceConnectKeys.all, 'connection-test', tenantId] as const,
  history: (tenantId: string) => [...franceConnectKeys.all, 'history', tenantId] as const,
  onboarding: (tenantId: string) => [...franceConnectKeys.all, 'onboarding', tenantId] as const,
}

export function settingsQueryOptions(api: ApiClient, tenantId: string) {
  return queryOptions({
    queryKey: franceConnectKeys.settings(tenantId),
    queryFn: ({ signal }) => fetchSettings(api, tenantId, signal),
  })
}

/**
 * A save or a test adds an entry to the journal, and may reach a step of the onboarding (a
 * production key saved, a connection verified). Not awaited: the user hears about the save as
 * soon as it is done, and the history and the onboarding catch up with one more read each.
 */
export function invalidateHistory(queryClient: QueryClient, tenantId: string) {
  void queryClient.invalidateQueries({ queryKey: franceConnectKeys.history(tenantId) })
  void queryClient.invalidateQueries({ queryKey: franceConnectKeys.onboarding(tenantId) })
}

interface SaveVariables {
  input: SettingsInput
  etag: string
}

/**
 * Saves the settings and puts the server's answer in the cache. The variables
 * carry the secret: the mutation is never kept once it is unobserved (`gcTime: 0`),
 * and the page resets it as soon as it has settled.
 */
export function useSaveSettings(api: ApiClient, tenantId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ input, etag }: SaveVariables) => saveSettings(api, tenantId, input, etag),
    onSuccess: (saved: VersionedSettings) => {
      queryClient.setQueryData(franceConnectKeys.settings(tenantId), saved)
      invalidateHistory(queryClient, tenantId)
    },
    gcTime: 0,
  })
}

/** Makes a version read outside the query (e.g. after a conflict) the one the tab works on. */
export function useAdoptSettings(tenantId: string) {
  const queryClient = useQueryClient()
  return (versioned: VersionedSettings) => {
    queryClient.setQueryData(franceConnectKeys.settings(tenantId), versioned)
    // Someone else saved: their change is in the journal.
    invalidateHistory(queryClient, tenantId)
  }
}

export function tenantQueryOptions(api: ApiClient, tenantId: string) {
  return queryOptions({
    queryKey: franceConnectKeys.tenant(tenantId),
    queryFn: ({ signal }) => fetchTenant(api, tenantId, signal),
  })
}

export function environmentCatalogueQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: franceConnectKeys.environments(),
    queryFn: ({ signal }) => fetchEnvironmentCatalogue(api, signal),
    staleTime: 10 * 60_000,
    // The tab falls back to its built-in list: one retry is enough before doing so.
    retry: (failureCount, error) => failureCount < 1 && shouldRetryRead(failureCount, error),
  })
}

export function connectionTestQueryOptions(api: ApiClient, tenantId: string) {
  return queryOptions({
    queryKey: franceConnectKeys.connectionTest(tenantId),
    queryFn: ({ signal }) => fetchLastConnectionTest(api, tenantId, signal),
  })
}

/** Runs a connection test; its result becomes the tenant's last test. */
export function useRunConnectionTest(api: ApiClient, tenantId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => runConnectionTest(api, tenantId),
    onSuccess: (test) => {
      queryClient.setQueryData(franceConnectKeys.connectionTest(tenantId), {
        available: true,
        lastTest: test,
      })
      invalidateHistory(queryClient, tenantId)
    },
  })
}

export const HISTORY_PAGE_SIZE = 10

/**
 * The tenant's journal, newest first, ten entries a page; a page is `null` when the backend
 * keeps no journal (before 1.2).
 */
export function historyQueryOptions(api: ApiClient, tenantId: string) {
  return infiniteQueryOptions({
    queryKey: franceConnectKeys.history(tenantId),
    queryFn: ({ pageParam, signal }) =>
      fetchHistory(api, tenantId, pageParam, HISTORY_PAGE_SIZE, signal),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      if (!last) return undefined
      const loaded = pages.reduce((count, page) => count + (page?.items.length ?? 0), 0)
      return loaded < last.total && last.items.length > 0 ? last.page + 1 : undefined
    },
  })
}
