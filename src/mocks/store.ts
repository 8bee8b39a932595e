import { z } from '#contract/zod'
import { franceConnectSettingsSchema } from '#contract/settings'
import { tenantSchema } from '#contract/tenant'
import { demoTowns, seedTenants, type TenantRecord } from '#contract/demo-tenants'
import { connectionTestSchema, type ConnectionTest } from '#contract/connection-test'
import { historyEntrySchema, type HistoryEntry } from '#contract/history'
import { demoJournal, demoOnboarding } from '#contract/demo-stories'
import {
  EMPTY_ONBOARDING_INPUT,
  NO_STATES_SINCE,
  onboardingInputSchema,
  onboardingSchema,
  type OnboardingInput,
  type StatesSince,
} from '#contract/onboarding'

/** What the mock API keeps of a tenant's onboarding (1.6): what was typed, and when. */
export interface StoredOnboarding {
  input: OnboardingInput
  since: StatesSince
  revision: number
  updatedAt: string | null
  updatedBy: string | null
}

export const EMPTY_STORED_ONBOARDING: StoredOnboarding = {
  input: EMPTY_ONBOARDING_INPUT,
  since: NO_STATES_SINCE,
  revision: 0,
  updatedAt: null,
  updatedBy: null,
}

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
  /** A tenant's onboarding (1.6); the empty one when nothing was typed. */
  onboarding(tenantId: string): StoredOnboarding
  putOnboarding(tenantId: string, onboarding: StoredOnboarding): void
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
  onboarding: z.record(
    z.string(),
    z.object({
      input: onboardingInputSchema,
      since: z.object({
        datapass: onboardingSchema.shape.datapass.shape.stateSince,
        sandbox: onboardingSchema.shape.sandbox.shape.stateSince,
        production: onboardingSchema.shape.production.shape.stateSince,
      }),
      revision: z.number(),
      updatedAt: z.nullable(z.string()),
      updatedBy: z.nullable(z.string()),
    }),
  ),
})
type Persisted = z.infer<typeof persistedSchema>

/** The demo tenants, their journals and their onboarding, as the demo stories tell them. */
function seed(): Persisted {
  const records = [
    ...Object.values(seedTenants()).map((record) => ({ record, town: undefined })),
    ...Object.values(demoTowns()).map((record, town) => ({ record, town })),
  ]
  let nextId = 1
  const journals: Persisted['journals'] = {}
  const onboarding: Persisted['onboarding'] = {}
  for (const { record, town } of records) {
    const id = record.tenant.id
    const entries = demoJournal(record, town)
    if (entries.length > 0) {
      journals[id] = entries.map((entry, index) => ({
        id: String(nextId + entries.length - 1 - index),
        ...entry,
      }))
      nextId += entries.length
    }
    const story = demoOnboarding(record, town)
    if (story) {
      const [last] = story.entries
      onboarding[id] = {
        input: story.input,
        since: story.since,
        revision: story.entries.length,
        updatedAt: last?.at ?? null,
        updatedBy: last?.actor.name ?? null,
      }
    }
  }
  return {
    tenants: Object.fromEntries(records.map(({ record }) => [record.tenant.id, record])),
    journals,
    tests: {},
    onboarding,
  }
}

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
  let { tenants, journals, tests, onboarding } = load(storage)
  const firstFreeId = () => Object.values(journals).flat().length + 1
  let nextEntryId = firstFreeId()
  const persist = () =>
    storage?.setItem(
      MOCK_STORAGE_KEY,
      JSON.stringify({ tenants, journals, tests, onboarding } satisfies Persisted),
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
    onboarding: (tenantId) =>
      Object.hasOwn(onboarding, tenantId)
        ? (onboarding[tenantId] ?? EMPTY_STORED_ONBOARDING)
        : EMPTY_STORED_ONBOARDING,
    putOnboarding(tenantId, stored) {
      onboarding = { ...onboarding, [tenantId]: stored }
      persist()
    },
    reset() {
      ;({ tenants, journals, tests, onboarding } = seed())
      nextEntryId = firstFreeId()
      storage?.removeItem(MOCK_STORAGE_KEY)
    },
  }
}
