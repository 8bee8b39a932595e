import { useEffect, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { SettingsInput } from '#contract/settings'
import { currentPath, signInAddress } from '../../../lib/sign-in'
import { dropDraft, keepDraft, peekDraft, type Draft } from './draft'
import type { SettingsFormContext, SettingsFormValues } from './form-values'

type SettingsForm = UseFormReturn<SettingsFormValues, SettingsFormContext, SettingsInput>

/** The order the fields are put back in: the environment's choice before its URL. */
const FIELD_ORDER: (keyof Draft)[] = [
  'enabled',
  'buttonVariant',
  'previewBackground',
  'lightVariantConfirmed',
  'connectionText',
  'clientId',
  'environmentChoice',
  'environmentUrl',
]

/**
 * A sign-in round trip that costs no edit: before leaving for the sign-in, the form's values
 * (never the secret) are kept in this tab's sessionStorage; back on the tab, they are put back
 * as unsaved edits, and the user is told. Returns whether a draft was restored, `leaving`
 * (the page guard stands down) and `signInAgain`.
 */
export function useDraftRoundTrip(form: SettingsForm, tenantId: string) {
  const [restored] = useState<Draft | null>(() => peekDraft(tenantId))
  const [leavingTo, setLeavingTo] = useState<string | null>(null)

  useEffect(() => {
    if (!restored) return
    dropDraft(tenantId)
    for (const field of FIELD_ORDER) {
      if (field in restored) form.setValue(field, restored[field], { shouldDirty: true })
    }
  }, [form, restored, tenantId])

  useEffect(() => {
    if (leavingTo) window.location.assign(leavingTo)
  }, [leavingTo])

  function signInAgain(signInUrl: string | null) {
    keepDraft(tenantId, form.getValues())
    setLeavingTo(signInUrl ? signInAddress(signInUrl, currentPath()) : window.location.href)
  }

  return { restored: restored !== null, leaving: leavingTo !== null, signInAgain }
}
