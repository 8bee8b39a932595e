import { useRef } from 'react'
import { useFormContext } from 'react-hook-form'
import type { Environment } from '#contract/catalogue'
import type { HistoryValues } from '#contract/history'
import type { VersionedSettings } from '../api'
import type { AskToDisable } from '../settings-form/save-types'
import type { SettingsFormValues } from '../settings-form/form-values'
import { restoredValues } from './restore-values'

/** A version brought back into the form, until it is saved or the edits are cancelled. */
export interface RestoredVersion {
  /** When that version was saved, as the history shows it. */
  date: string
  /** The saved version it was brought back over. */
  etag: string
  /** Tells one restore from the next (its message takes focus again). */
  serial: number
}

interface RestoreOptions {
  saved: VersionedSettings
  catalogue: readonly Environment[]
  askToDisable: AskToDisable
  onRestored: (version: RestoredVersion) => void
}

/**
 * « Reprendre ces valeurs »: a version's settings, the secret apart, become unsaved edits that
 * the usual rules check on save (another key or environment asks for its secret). Turning
 * FranceConnect off for its users is asked first, as from the switch; kept on, the version's
 * other values are still taken.
 */
export function useRestoreVersion({ saved, catalogue, askToDisable, onRestored }: RestoreOptions) {
  const form = useFormContext<SettingsFormValues>()
  const serial = useRef(0)

  return function restore(values: HistoryValues, date: string) {
    const next = restoredValues(values, form.getValues(), catalogue, saved.settings.environmentUrl)
    const edit = { shouldDirty: true, shouldValidate: false }
    form.clearErrors()
    form.setValue('buttonVariant', next.buttonVariant, edit)
    form.setValue('previewBackground', next.previewBackground, edit)
    form.setValue('connectionText', next.connectionText, edit)
    form.setValue('clientId', next.clientId, edit)
    form.setValue('clientSecret', '', edit)
    // The choice first: the URL field under « Autre URL » exists only once it is chosen.
    form.setValue('environmentChoice', next.environmentChoice, edit)
    form.setValue('environmentUrl', next.environmentUrl, edit)

    const done = (enabled: boolean) => {
      form.setValue('enabled', enabled, edit)
      serial.current += 1
      onRestored({ date, etag: saved.etag, serial: serial.current })
    }
    if (!next.enabled && saved.settings.enabled && form.getValues('enabled')) {
      askToDisable((disable) => {
        done(!disable)
      })
    } else done(next.enabled)
  }
}
