import { useState } from 'react'
import type { FieldErrors, UseFormReturn } from 'react-hook-form'
import { useApiClient } from '../../../config/services-context'
import { ApiError, isApiError } from '../../../lib/api-error'
import { pointerHead } from '#contract/problem-details'
import { fetchSettings, type VersionedSettings } from '../api'
import type { Environment } from '#contract/catalogue'
import type { Conflict, SaveOutcome } from './save-types'
import { fieldTarget, inPageOrder, isSettingsField } from './field-targets'
import {
  settingsResolver,
  toFormValues,
  type SettingsFormContext,
  type SettingsFormValues,
} from './form-values'
import { useAdoptSettings, useSaveSettings } from '../queries'
import type { SettingsInput } from '#contract/settings'

type SettingsForm = UseFormReturn<SettingsFormValues, SettingsFormContext, SettingsInput>

/** When the server said it would be back (Retry-After), as a timestamp. */
function retryAtOf(error: ApiError): number | null {
  return error.retryAfterSeconds === null ? null : Date.now() + error.retryAfterSeconds * 1000
}

const asApiError = (error: unknown) =>
  isApiError(error) ? error : new ApiError({ kind: 'network' })

/**
 * Saving, and everything that can happen to a save: field errors (client or server),
 * a newer version on the server (412), or a failure the user retries by hand.
 */
export function useSaveFlow(
  form: SettingsForm,
  tenantId: string,
  saved: VersionedSettings,
  catalogue: readonly Environment[],
) {
  const api = useApiClient()
  const save = useSaveSettings(api, tenantId)
  const adopt = useAdoptSettings(tenantId)
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  /** A save met a 401: where to sign in again (null: the backend did not say, reload). */
  const [sessionExpired, setSessionExpired] = useState<{ signInUrl: string | null } | null>(null)

  function reportInvalid(errors: FieldErrors<SettingsFormValues>, error?: ApiError) {
    const choice = form.getValues('environmentChoice')
    const known = inPageOrder(
      Object.entries(errors).flatMap(([field, fieldError]) =>
        isSettingsField(field) && fieldError.message
          ? [{ field, message: fieldError.message }]
          : [],
      ),
    ).map(({ field, message }) => ({ ...fieldTarget(field, choice), message }))
    const unknown = (error?.fieldErrors ?? [])
      .filter(({ pointer }) => !isSettingsField(pointerHead(pointer)))
      .map(({ pointer, detail }) => ({ label: pointer || 'Réglages', message: detail }))
    setOutcome({ type: 'invalid', entries: [...known, ...unknown], ...(error ? { error } : {}) })
  }

  function showServerFieldErrors(error: ApiError) {
    const errors: FieldErrors<SettingsFormValues> = {}
    for (const { pointer, detail } of error.fieldErrors) {
      const field = pointerHead(pointer)
      if (!isSettingsField(field) || errors[field]) continue
      errors[field] = { type: 'server', message: detail }
      form.setError(field, { type: 'server', message: detail })
    }
    reportInvalid(errors, error)
  }

  async function submit(input: SettingsInput, etag: string) {
    if (save.isPending) return
    setOutcome(null)
    try {
      const result = await save.mutateAsync({ input, etag })
      form.reset(toFormValues(result.settings, catalogue))
      setOutcome({ type: 'saved', tenantId })
    } catch (caught) {
      const error = asApiError(caught)
      if (error.status === 412) await openConflict(input)
      else if (error.status === 422 && error.fieldErrors.length > 0) showServerFieldErrors(error)
      else {
        setOutcome({ type: 'failed', error, retryAt: retryAtOf(error) })
        if (error.status === 401) setSessionExpired({ signInUrl: error.signInUrl })
      }
    } finally {
      // The mutation's variables hold the secret: drop them as soon as the save is over.
      save.reset()
    }
  }

  async function openConflict(mine: SettingsInput) {
    try {
      setConflict({ mine, theirs: await fetchSettings(api, tenantId) })
    } catch (caught) {
      setOutcome({ type: 'failed', error: asApiError(caught), retryAt: null })
    }
  }

  function reloadTheirs() {
    if (!conflict) return
    adopt(conflict.theirs)
    form.reset(toFormValues(conflict.theirs.settings, catalogue))
    setConflict(null)
    setOutcome({ type: 'reloaded' })
  }

  async function overwrite() {
    if (!conflict) return
    const { theirs } = conflict
    setConflict(null)
    adopt(theirs)
    form.reset(toFormValues(theirs.settings, catalogue), { keepValues: true })
    // Mine are checked again against what is stored now (a new key there may need a secret).
    const { values, errors } = await settingsResolver(
      form.getValues(),
      { stored: theirs.settings },
      { fields: {}, shouldUseNativeValidation: false },
    )
    const fields = Object.entries(errors).filter(([field]) => isSettingsField(field))
    if (fields.length === 0) return submit(values as SettingsInput, theirs.etag)
    for (const [field, error] of fields) {
      if (isSettingsField(field) && error.message)
        form.setError(field, { type: 'validate', message: error.message })
    }
    reportInvalid(errors)
  }

  const submitForm = form.handleSubmit(
    (input) => submit(input, saved.etag),
    (errors) => {
      reportInvalid(errors)
    },
  )

  return {
    outcome,
    setOutcome,
    conflict,
    submitForm,
    reloadTheirs,
    overwrite,
    dismissConflict: () => setConflict(null),
    sessionExpired,
    dismissSessionExpired: () => setSessionExpired(null),
  }
}
