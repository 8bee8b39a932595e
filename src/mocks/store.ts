import { z } from '#contract/zod'
import { franceConnectSettingsSchema } from '#contract/settings'
import { tenantSchema } from '#contract/tenant'
import { demoTowns, seedTenants, type TenantRecord } from '#contract/demo-tenants'
import { connectionTestSchema, type ConnectionTest } from '#contract/connection-test'
import { historyEntrySchema, type HistoryEntry } from '#contract/history'

export interface MockStore {
  get(tenantId: string): TenantRecord | undefined
  /** Every tenant. */
  all(): readonly TenantRecord[]
  put(tenantId: string, record: TenantRecord): void
  /** The other tenant whose settings hold this client ID, if any. */
  findTenantUsing(clientId: string, exceptTenantId: string): string | undefined
  /** A tenant's journal, newest first. */
  journal(tenantId: string): readonly HistoryEntry[]
  /** Records an accepted change in a tenant's journal. */
  record(tenantId: string, entry: Omit<HistoryEntry, 'id'>): void
  /** The last connection test of a tenant, if any. */
  lastTest(tenantId: string): ConnectionTest | null
  /** Keeps a tenant's connection test (the last one only). */
  recordTest(tenantId: string, test: ConnectionTest): void
  /** Back to the seed, in memory and in storage. */
  reset(): void
}

export const MOCK_STORAGE_KEY = 'reglages-franceconnect:mock-api'

// Only what the API returns is kept: whether a secret is configured, never the secret.
const persistedSchema = z.object({
  tenants: z.record(
    z.string(),
    z.object({ tenant: tenantSchema, settings: franceConnectSettingsSchema, revision: z.number() }),
  ),
  journals: z.record(z.string(), z.array(historyEntrySchema)),
  tests: z.record(z.string(), connectionTestSchema),
})
type Persisted = z.infer<typeof persistedSchema>

const seed = (): Persisted => ({
  tenants: { ...seedTenants(), ...demoTowns() },
  journals: {},
  tests: {},
})

function load(storage: Storage | undefined): Persisted {
  const raw = storage?.getItem(MOCK_STORAGE_KEY)
  if (!raw) return seed()
  try {
    const parsed = persistedSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : seed()
  } catch {
    return seed()
  }
}

/**
 * In-memory tenants of the mock API. Given a `Storage` (the browser's
 * `sessionStorage`), it survives a reload in the same tab, like a real backend would.
 */
export function createMockStore({ storage }: { storage?: Storage } = {}): MockStore {
  let { tenants, journals, tests } = load(storage)
  let nextEntryId = Object.values(journals).flat().length + 1
  const persist = () =>
    storage?.setItem(
      MOCK_STORAGE_KEY,
      JSON.stringify({ tenants, journals, tests } satisfies Persisted),
    )
  return {
    get: (tenantId) => (Object.hasOwn(tenants, tenantId) ? tenants[tenantId] : undefined),
    all: () => Object.values(tenants),
    put(tenantId, record) {
      tenants = { ...tenants, [tenantId]: record }
      persist()
    },
    findTenantUsing(clientId, exceptTenantId) {
      return Object.keys(tenants).find(
        (id) => id !== exceptTenantId && tenants[id]?.settings.clientId === clientId,
      )
    },
    journal: (tenantId) => journals[tenantId] ?? [],
    record(tenantId, entry) {
      const id = String(nextEntryId++)
      journals = { ...journals, [tenantId]: [{ id, ...entry }, ...(journals[tenantId] ?? [])] }
      persist()
    },
    lastTest: (tenantId) => tests[tenantId] ?? null,
    recordTest(tenantId, test) {
      tests = { ...tests, [tenantId]: test }
      persist()
    },
    reset() {
      ;({ tenants, journals, tests } = seed())
      nextEntryId = 1
      storage?.removeItem(MOCK_STORAGE_KEY)
    },
  }
}
