import type { SettingsFormValues } from './form-values'

/** Unsaved edits kept across a sign-in round trip: everything but the secret. */
export type Draft = Omit<SettingsFormValues, 'clientSecret'>

const key = (tenantId: string) => `reglages-franceconnect:brouillon:${tenantId}`
/** A draft older than this is dropped rather than restored. */
const MAX_AGE_MS = 60 * 60_000

/** Keeps the form's values, minus the secret, in this tab's sessionStorage. */
export function keepDraft(tenantId: string, values: SettingsFormValues, now = Date.now()) {
  const { clientSecret: _secret, ...draft } = values
  sessionStorage.setItem(key(tenantId), JSON.stringify({ savedAt: now, draft }))
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The draft kept for this tenant, if recent (read only: `dropDraft` removes it). */
export function peekDraft(tenantId: string, now = Date.now()): Draft | null {
  const raw = sessionStorage.getItem(key(tenantId))
  if (raw === null) return null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (!isRecord(parsed) || typeof parsed.savedAt !== 'number' || !isRecord(parsed.draft)) {
      return null
    }
    if (now - parsed.savedAt > MAX_AGE_MS) return null
    return parsed.draft as Draft
  } catch {
    return null
  }
}

export function dropDraft(tenantId: string) {
  sessionStorage.removeItem(key(tenantId))
}
