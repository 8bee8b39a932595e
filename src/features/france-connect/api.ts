import { apiPath, type ApiClient } from '../../lib/api-client'
import { ApiError } from '../../lib/api-error'
import {
  franceConnectSettingsSchema,
  settingsInputSchema,
  type FranceConnectSettings,
  type SettingsInput,
} from './schemas'

/** Settings with the version the server gave them; the version goes back in `If-Match`. */
export interface VersionedSettings {
  settings: FranceConnectSettings
  etag: string
}

const settingsPath = (tenantId: string) => apiPath`/tenants/${tenantId}/france-connect`

function withEtag(data: FranceConnectSettings, etag: string | null): VersionedSettings {
  if (!etag) {
    throw new ApiError({
      kind: 'invalid-response',
      detail:
        'Le serveur n’a pas fourni l’en-tête ETag (s’il est sur une autre origine, il doit l’exposer par Access-Control-Expose-Headers).',
    })
  }
  return { settings: data, etag }
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
