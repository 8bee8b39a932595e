import { JOURNALED_FIELDS, type HistoryEntry } from '#contract/history'
import type { FranceConnectSettings } from '#contract/settings'
import type { SettingsValues } from '../db/tenants-repository'

export type SecretChange = 'set' | 'replaced' | 'removed' | null

/**
 * What a save changed, field by field, before → after; for the secret, only whether it was
 * set, replaced or removed (never its value nor anything derived from it).
 */
export function changesOf(
  before: FranceConnectSettings,
  after: SettingsValues,
  secret: SecretChange,
): HistoryEntry['changes'] {
  const fields = JOURNALED_FIELDS.flatMap((field) => {
    const previous = before[field] ?? null
    const next = after[field]
    return previous === next ? [] : [{ field, before: previous, after: next }]
  })
  return secret ? [...fields, { field: 'clientSecret' as const, change: secret }] : fields
}
