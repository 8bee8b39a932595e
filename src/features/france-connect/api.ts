import type { ApiClient } from '../../lib/api-client'
import { ApiError } from '../../lib/api-error'
import {
  BUILT_IN_ENVIRONMENTS,
  environmentCatalogueSchema,
  type Environment,
} from '#contract/catalogue'
import {
  franceConnectSettingsSchema,
  settingsInputSchema,
  type FranceConnectSettings,
  type SettingsInput,
} from '#contract/settings'
import { tenantSchema, type Tenant } from '#contract/tenant'
import { historyPageSchema, type HistoryPage } from '#contract/history'
import {
  connectionTestSchema,
  lastConnectionTestSchema,
  type ConnectionTest,
} from '#contract/connection-test'
import { CATALOGUE_PATH, connectionTestPath, historyPath, settingsPath, tenantPath } from './paths'

/** Settings with the version the server gave them; the version goes back in `If-Match`. */
export interface VersionedSettings {
  settings: FranceConnectSettings
  etag: string
}

/** The version a read or a save carries; a resource without one cannot be saved safely. */
export function requireEtag(etag: string | null): string {
  if (!etag) {
    throw new ApiError({
      kind: 'invalid-response',
      detail:
        'Le serveur n’a pas fourni l’en-tête ETag (s’il est sur une autre origine, il doit l’exposer par Access-Control-Expose-Headers).',
    })
  }
  return etag
}

function withEtag(data: FranceConnectSettings, etag: string | null): VersionedSettings {
  return { settings: data, etag: requireEtag(etag) }
}

export async function fetchSettings(
  api: ApiClient,
  tenantId: string,
  signal?: AbortSignal,
): Promise<VersionedSettings> {
  const { data, etag } = await api.request(settingsPath(tenantId), {
    schema: franceConnectSettingsSchema,
    signal,
  })
  return withEtag(data, etag)
}

export async function saveSettings(
  api: ApiClient,
  tenantId: string,
  input: SettingsInput,
  etag: string,
): Promise<VersionedSettings> {
  const { data, etag: nextEtag } = await api.request(settingsPath(tenantId), {
    method: 'PUT',
    body: settingsInputSchema.parse(input),
    ifMatch: etag,
    schema: franceConnectSettingsSchema,
  })
  return withEtag(data, nextEtag)
}

export async function fetchTenant(
  api: ApiClient,
  tenantId: string,
  signal?: AbortSignal,
): Promise<Tenant> {
  return (await api.request(tenantPath(tenantId), { schema: tenantSchema, signal })).data
}

export interface EnvironmentCatalogue {
  environments: readonly Environment[]
  /** `server`: the backend's list; `built-in`: it has none (404 or an empty list). */
  source: 'server' | 'built-in'
}

/** What the tab offers when the backend publishes no catalogue (or could not send it). */
export const BUILT_IN_CATALOGUE: EnvironmentCatalogue = {
  environments: BUILT_IN_ENVIRONMENTS,
  source: 'built-in',
}

/** The backend's catalogue, or the built-in one when it publishes none. */
export async function fetchEnvironmentCatalogue(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<EnvironmentCatalogue> {
  try {
    const { data } = await api.request(CATALOGUE_PATH, {
      schema: environmentCatalogueSchema,
      signal,
    })
    if (data.length > 0) return { environments: data, source: 'server' }
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error
  }
  return BUILT_IN_CATALOGUE
}

/** The tenant's last connection test, if the backend tests connections (1.4). */
export interface ConnectionTestState {
  available: boolean
  lastTest: ConnectionTest | null
}

export async function fetchLastConnectionTest(
  api: ApiClient,
  tenantId: string,
  signal?: AbortSignal,
): Promise<ConnectionTestState> {
  try {
    const { data } = await api.request(connectionTestPath(tenantId), {
      schema: lastConnectionTestSchema,
      signal,
    })
    return { available: true, lastTest: data.lastTest }
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return { available: false, lastTest: null }
    throw error
  }
}

/** Asks the backend to test the saved settings against FranceConnect. */
export async function runConnectionTest(api: ApiClient, tenantId: string): Promise<ConnectionTest> {
  const { data } = await api.request(connectionTestPath(tenantId), {
    method: 'POST',
    schema: connectionTestSchema,
  })
  return data
}

/** One page of the tenant's journal, or null when the backend keeps none (before 1.2: 404). */
export async function fetchHistory(
  api: ApiClient,
  tenantId: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<HistoryPage | null> {
  try {
    const { data } = await api.request(
      `${historyPath(tenantId)}?page=${page}&pageSize=${pageSize}`,
      { schema: historyPageSchema, signal },
    )
    return data
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}
