import { z } from '#contract/zod'
import { franceConnectSettingsSchema } from '#contract/settings'
import { tenantSchema } from '#contract/tenant'
import { seedTenants, type TenantRecord } from '#contract/demo-tenants'

export interface MockStore {
  get(tenantId: string): TenantRecord | undefined
  put(tenantId: string, record: TenantRecord): void
  /** The other tenant whose settings hold this client ID, if any. */
  findTenantUsing(clientId: string, exceptTenantId: string): string | undefined
  /** Back to the seed, in memory and in storage. */
  reset(): void
}

export const MOCK_STORAGE_KEY = 'reglages-franceconnect:mock-api'

// Only what the API returns is kept: whether a secret is configured, never the secret.
const persistedSchema = z.record(
  z.string(),
  z.object({ tenant: tenantSchema, settings: franceConnectSettingsSchema, revision: z.number() }),
)

function load(storage: Storage | undefined): Record<string, TenantRecord> {
  const raw = storage?.getItem(MOCK_STORAGE_KEY)
  if (!raw) return seedTenants()
  try {
    const parsed = persistedSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : seedTenants()
  } catch {
    return seedTenants()
  }
}

/**
 * In-memory tenants of the mock API. Given a `Storage` (the browser's
 * `sessionStorage`), it survives a reload in the same tab, like a real backend would.
 */
export function createMockStore({ storage }: { storage?: Storage } = {}): MockStore {
  let tenants = load(storage)
  const persist = () => storage?.setItem(MOCK_STORAGE_KEY, JSON.stringify(tenants))
  return {
    get: (tenantId) => (Object.hasOwn(tenants, tenantId) ? tenants[tenantId] : undefined),
    put(tenantId, record) {
      tenants = { ...tenants, [tenantId]: record }
      persist()
    },
    findTenantUsing(clientId, exceptTenantId) {
      return Object.keys(tenants).find(
        (id) => id !== exceptTenantId && tenants[id]?.settings.clientId === clientId,
      )
    },
    reset() {
      tenants = seedTenants()
      storage?.removeItem(MOCK_STORAGE_KEY)
    },
  }
}
