import { z } from './zod'

/** The settings fields the journal follows, before → after (the secret apart). */
export const JOURNALED_FIELDS = [
  'enabled',
  'buttonVariant',
  'connectionText',
  'clientId',
  'environmentUrl',
  'previewBackground',
] as const
export type JournaledField = (typeof JOURNALED_FIELDS)[number]

/** One field's value before and after a save. */
export const fieldChangeSchema = z.object({
  field: z.string().check(
    z.meta({
      description: `Le champ modifié : ${JOURNALED_FIELDS.join(', ')} (d’autres pourront s’ajouter).`,
    }),
  ),
  before: z.union([z.string(), z.boolean(), z.null()]),
  after: z.union([z.string(), z.boolean(), z.null()]),
})

export const SECRET_CHANGES = ['set', 'replaced', 'removed'] as const

/** What happened to the secret: never its value, nor anything derived from it. */
export const secretChangeSchema = z.object({
  field: z.literal('clientSecret'),
  change: z.enum(SECRET_CHANGES),
})

/** A version's settings, the secret apart (1.5): what « Reprendre ces valeurs » brings back. */
export const historyValuesSchema = z.object({
  enabled: z.boolean(),
  buttonVariant: z.string(),
  connectionText: z.string(),
  clientId: z.string(),
  environmentUrl: z.string(),
  previewBackground: z.nullable(z.string()),
})
export type HistoryValues = z.infer<typeof historyValuesSchema>

export const HISTORY_KINDS = ['settings-saved', 'connection-tested', 'onboarding-saved'] as const

/** One accepted change of a tenant's settings. */
export const historyEntrySchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime({ offset: true }),
    actor: z.object({
      name: z.string(),
      subject: z.nullable(z.string()),
    }),
    kind: z.string().check(
      z.meta({
        description: `Nature de l’entrée : ${HISTORY_KINDS.join(', ')} (d’autres pourront s’ajouter ; un lecteur ignore celles qu’il ne connaît pas).`,
      }),
    ),
    revision: z.nullable(z.number()),
    changes: z.array(z.union([secretChangeSchema, fieldChangeSchema])),
    // Added in 1.5, with kind settings-saved: every setting but the secret after the save, to
    // bring a version back into the form.
    values: z.optional(historyValuesSchema),
    // Added in 1.4, with kind connection-tested: how the test went (never the secret).
    connectionTest: z.optional(
      z.object({
        id: z.string(),
        outcome: z.enum(['passed', 'failed']),
        failedChecks: z.array(z.string()),
      }),
    ),
  })
  .check(
    z.meta({
      description:
        'Une modification acceptée : quand, par qui, et pour chaque champ sa valeur avant et après. Pour le secret, seulement « set », « replaced » ou « removed ».',
    }),
  )
export type HistoryEntry = z.infer<typeof historyEntrySchema>
export type FieldChange = z.infer<typeof fieldChangeSchema>
export type SecretChange = z.infer<typeof secretChangeSchema>

export const HISTORY_PAGE_SIZE_MAX = 100

/** `GET …/france-connect/history?page=&pageSize=`, newest first. */
export const historyQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1)), 1),
  pageSize: z._default(
    z.coerce.number().check(z.int(), z.gte(1), z.lte(HISTORY_PAGE_SIZE_MAX)),
    20,
  ),
})

export const historyPageSchema = z.object({
  items: z.array(historyEntrySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
})
export type HistoryPage = z.infer<typeof historyPageSchema>

/** The journaled fields' values, before or after a save. */
export type JournaledValues = { [Field in JournaledField]?: string | boolean | null | undefined }

/**
 * What a save changed, field by field, before → after (an absent value reads as null); for the
 * secret, only whether it was set, replaced or removed, never its value nor anything derived
 * from it. The mock API and the reference server journal with it.
 */
export function changesOf(
  before: JournaledValues,
  after: JournaledValues,
  secret: SecretChange['change'] | null,
): HistoryEntry['changes'] {
  const fields = JOURNALED_FIELDS.flatMap((field) => {
    const previous = before[field] ?? null
    const next = after[field] ?? null
    return previous === next ? [] : [{ field, before: previous, after: next }]
  })
  return secret ? [...fields, { field: 'clientSecret' as const, change: secret }] : fields
}
