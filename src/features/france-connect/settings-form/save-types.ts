// What the save flow, its messages and the sections share: plain types, apart from the
// components that show them (hooks import these, never a component).
import type { SettingsInput } from '#contract/settings'
import type { ApiError } from '../../../lib/api-error'
import type { VersionedSettings } from '../api'

/** One line of the error summary (DSFR), and the control it leads to. */
export interface SummaryEntry {
  label: string
  message: string
  /** The control to focus; absent for an error the server tied to no known field. */
  elementId?: string
}

/** What became of a save, as the page says it. */
export type SaveOutcome =
  | { type: 'saved'; tenantId: string }
  | { type: 'reloaded' }
  | { type: 'cancelled' }
  | { type: 'invalid'; entries: SummaryEntry[]; error?: ApiError }
  | { type: 'failed'; error: ApiError; retryAt: number | null }

/** Two versions that a save found apart: what this person sent, what is stored now. */
export interface Conflict {
  mine: SettingsInput
  theirs: VersionedSettings
}

/** Asks before turning FranceConnect off; `onAnswer(true)`: the user confirmed. */
export type AskToDisable = (
  onAnswer: (disable: boolean) => void,
  returnFocusTo?: HTMLElement | null,
) => void
