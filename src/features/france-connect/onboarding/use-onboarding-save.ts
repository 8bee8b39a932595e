import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FieldErrors, UseFormReturn } from 'react-hook-form'
import { useApiClient } from '../../../config/services-context'
import { ApiError, isApiError } from '../../../lib/api-error'
import {
  ONBOARDING_FIELDS,
  onboardingInputOf,
  type OnboardingField,
  type OnboardingInput,
} from '#contract/onboarding'
import { franceConnectKeys } from '../queries'
import type { SummaryEntry } from '../settings-form/save-types'
import { fetchOnboarding, useSaveOnboarding, type VersionedOnboarding } from './onboarding-queries'

export type OnboardingOutcome =
  | { type: 'saved' }
  | { type: 'unchanged' }
  | { type: 'invalid'; entries: SummaryEntry[]; error?: ApiError }
  | { type: 'conflict'; theirs: VersionedOnboarding }
  | { type: 'failed'; error: ApiError }

const FIELD_ORDER = Object.keys(ONBOARDING_FIELDS) as OnboardingField[]
const isOnboardingField = (field: string): field is OnboardingField =>
  Object.hasOwn(ONBOARDING_FIELDS, field)

/** The control a field's error leads to: a radio group is a fieldset. */
export const elementIdOf = (field: OnboardingField) =>
  field === 'production.franceConnectVersion' ? `fieldset-${field}` : `field-${field}`

/** `/datapass/siret` → `datapass.siret`. */
const fieldOf = (pointer: string) => pointer.split('/').filter(Boolean).join('.')

function entriesOf(errors: FieldErrors<OnboardingInput>): SummaryEntry[] {
  return FIELD_ORDER.flatMap((field) => {
    const [section, key] = field.split('.') as [keyof OnboardingInput, string]
    const message = (
      errors[section] as Record<string, { message?: string } | undefined> | undefined
    )?.[key]?.message
    return message
      ? [{ label: ONBOARDING_FIELDS[field], message, elementId: elementIdOf(field) }]
      : []
  })
}

const asApiError = (error: unknown) =>
  isApiError(error) ? error : new ApiError({ kind: 'network' })

/**
 * Saving the onboarding, and what can happen to a save: field errors (client or server, next to
 * each field and in a summary), a newer version on the server (412), or a failure retried by hand.
 * What the configurer typed is never lost.
 */
export function useOnboardingSave(
  form: UseFormReturn<OnboardingInput>,
  tenantId: string,
  saved: VersionedOnboarding,
) {
  const api = useApiClient()
  const queryClient = useQueryClient()
  const save = useSaveOnboarding(api, tenantId)
  const [outcome, setOutcome] = useState<OnboardingOutcome | null>(null)

  const reportInvalid = (errors: FieldErrors<OnboardingInput>) =>
    setOutcome({ type: 'invalid', entries: entriesOf(errors) })

  async function submit(input: OnboardingInput, etag = saved.etag) {
    if (save.isPending) return
    setOutcome(null)
    try {
      const result = await save.mutateAsync({ input, etag })
      form.reset(onboardingInputOf(result.onboarding))
      setOutcome({ type: result.etag === etag ? 'unchanged' : 'saved' })
    } catch (caught) {
      const error = asApiError(caught)
      if (error.status === 412) {
        const theirs = await fetchOnboarding(api, tenantId).catch(() => null)
        if (theirs) {
          setOutcome({ type: 'conflict', theirs })
          return
        }
      }
      const known = error.fieldErrors.filter(({ pointer }) => isOnboardingField(fieldOf(pointer)))
      if (error.status === 422 && error.fieldErrors.length > 0) {
        for (const { pointer, detail } of known)
          form.setError(fieldOf(pointer) as OnboardingField, { type: 'server', message: detail })
        const entries = [
          ...FIELD_ORDER.flatMap((field) =>
            known
              .filter(({ pointer }) => fieldOf(pointer) === field)
              .map(({ detail }) => ({
                label: ONBOARDING_FIELDS[field],
                message: detail,
                elementId: elementIdOf(field),
              })),
          ),
          ...error.fieldErrors
            .filter((item) => !known.includes(item))
            .map(({ pointer, detail }) => ({
              label: pointer || 'Mise en service',
              message: detail,
            })),
        ]
        setOutcome({ type: 'invalid', entries, error })
        return
      }
      setOutcome({ type: 'failed', error })
    }
  }

  /** After a conflict: their version becomes the page's; `keepMine` saves over it. */
  function resolveConflict(theirs: VersionedOnboarding, keepMine: boolean) {
    queryClient.setQueryData(franceConnectKeys.onboarding(tenantId), theirs)
    void queryClient.invalidateQueries({ queryKey: franceConnectKeys.history(tenantId) })
    if (keepMine) return submit(form.getValues(), theirs.etag)
    form.reset(onboardingInputOf(theirs.onboarding))
    setOutcome(null)
  }

  return { outcome, submit, reportInvalid, resolveConflict, saving: save.isPending }
}
