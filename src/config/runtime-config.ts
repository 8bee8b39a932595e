import * as z from 'zod/mini'
import {
  appBaseUrl,
  configUrl,
  DEFAULT_REQUEST_TIMEOUT_MS,
  resolveApiBaseUrl,
} from '../lib/app-path'

export { appBaseUrl, resolveApiBaseUrl } from '../lib/app-path'

const tenantIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

function isUrlOrPath(value: string): boolean {
  return URL.canParse(value, 'https://example.invalid/')
}

export const runtimeConfigSchema = z.object({
  apiBaseUrl: z.string().check(z.minLength(1), z.refine(isUrlOrPath)),
  mockApi: z.boolean(),
  defaultTenant: z.string().check(z.regex(tenantIdPattern)),
  requestTimeoutMs: z._default(z.number().check(z.int(), z.positive()), DEFAULT_REQUEST_TIMEOUT_MS),
})

export type RuntimeConfig = z.output<typeof runtimeConfigSchema>

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError'
}

/**
 * Reads `config.json` next to the app (never baked into the bundle), so that a
 * deployment points the app at its backend by replacing one file.
 * `apiBaseUrl` is resolved against the app's base and returned without a trailing slash.
 * `fetchConfig` lets the app take the request the early script has already sent.
 */
export async function loadRuntimeConfig(
  base: URL = appBaseUrl(),
  fetchConfig: (url: URL) => Promise<Response> = (url) => fetch(url),
): Promise<RuntimeConfig> {
  const url = configUrl(base)
  let raw: unknown
  try {
    // Preloaded by index.html; the server decides its freshness (serve it with Cache-Control: no-cache).
    const response = await fetchConfig(url)
    if (!response.ok) throw new RuntimeConfigError(`HTTP ${response.status} sur ${url.pathname}`)
    raw = await response.json()
  } catch (error) {
    if (error instanceof RuntimeConfigError) throw error
    throw new RuntimeConfigError(`${url.pathname} est illisible`)
  }
  const parsed = runtimeConfigSchema.safeParse(raw)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(racine)')
    throw new RuntimeConfigError(`${url.pathname} : champs invalides (${fields.join(', ')})`)
  }
  return { ...parsed.data, apiBaseUrl: resolveApiBaseUrl(parsed.data.apiBaseUrl, base) }
}
