import { useState } from 'react'
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form'
import { useApiClient } from '../../../config/services-context'
import { ApiError, isApiError } from '../../../lib/api-error'
import { pointerHead } from '../../../lib/problem-details'
import type { VersionedSettings } from '../api'
import { fieldTarget, inPageOrder, isSettingsField } from '../field-targets'
import {
  settingsResolver,
  toFormValues,
  type SettingsFieldName,
  type SettingsFormContext,
  type SettingsFormValues,
} from '../form-values'
import { useSaveSettings } from '../queries'
import type { SettingsInput } from '../schemas'
import { ActivationSection } from './activation-section'
import { ButtonSection } from './button-section'
import { ConnectionTextSection } from './connection-text-section'
import { EnvironmentSection } from './environment-section'
import { KeySection } from './key-section'
import { SaveOutcomeMessage, type SaveOutcome, type SummaryEntry } from './save-outcome'

interface FranceConnectFormProps {
  tenantId: string
  saved: VersionedSettings
}

/** The tab's form: owns the values, validation, saving and what the user is told. */
export function FranceConnectForm({ tenantId, saved }: FranceConnectFormProps) {
  const save = useSaveSettings(useApiClient(), tenantId)
  const form = useForm<SettingsFormValues, SettingsFormContext, SettingsInput>({
    defaultValues: toFormValues(saved.settings),
    resolver: settingsResolver,
    context: { stored: saved.settings },
    shouldFocusError: false,
  })
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null)

  function summaryEntry(field: SettingsFieldName, message: string): SummaryEntry {
    return { ...fieldTarget(field, form.getValues('environmentChoice')), message }
  }

  function onInvalid(errors: FieldErrors<SettingsFormValues>) {
    const entries = inPageOrder(
      Object.entries(errors).flatMap(([field, error]) =>
        isSettingsField(field) && error.message ? [{ field, message: error.message }] : [],
      ),
    ).map(({ field, message }) => summaryEntry(field, message))
    setOutcome({ type: 'invalid', entries })
  }

  function showServerFieldErrors(error: ApiError) {
    const known = error.fieldErrors.flatMap(({ pointer, detail }) => {
      const field = pointerHead(pointer)
      return isSettingsField(field) ? [{ field, message: detail }] : []
    })
    for (const { field, message } of known) form.setError(field, { type: 'server', message })
    const unknown = error.fieldErrors
      .filter(({ pointer }) => !isSettingsField(pointerHead(pointer)))
      .map(({ pointer, detail }) => ({ label: pointer || 'Réglages', message: detail }))
    const entries = [
      ...inPageOrder(known).map(({ field, message }) => summaryEntry(field, message)),
      ...unknown,
    ]
    setOutcome({ type: 'invalid', entries, error })
  }

  async function onValid(input: SettingsInput) {
    if (save.isPending) return
    setOutcome(null)
    try {
      const result = await save.mutateAsync({ input, etag: saved.etag })
      form.reset(toFormValues(result.settings))
      setOutcome({ type: 'saved', tenantId })
    } catch (error) {
      const apiError = isApiError(error) ? error : new ApiError({ kind: 'network' })
      if (apiError.status === 422 && apiError.fieldErrors.length > 0)
        showServerFieldErrors(apiError)
      else setOutcome({ type: 'failed', error: apiError })
    } finally {
      // The mutation's variables hold the secret: drop them as soon as the save is over.
      save.reset()
    }
  }

  // "Saved" stops being true as soon as the user changes something again.
  const visibleOutcome = outcome?.type === 'saved' && form.formState.isDirty ? null : outcome

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}
        aria-label="Réglages FranceConnect"
      >
        <ActivationSection />
        <ButtonSection />
        <ConnectionTextSection />
        <KeySection stored={saved.settings} />
        <EnvironmentSection />
        <div className="fc-save-outcome">
          {visibleOutcome && <SaveOutcomeMessage outcome={visibleOutcome} />}
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button className="fr-btn" type="submit" aria-disabled={save.isPending || undefined}>
              Enregistrer
            </button>
          </li>
        </ul>
      </form>
    </FormProvider>
  )
}
