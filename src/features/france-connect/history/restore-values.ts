import { findEnvironment, type Environment } from '#contract/catalogue'
import type { HistoryValues } from '#contract/history'
import {
  BUTTON_VARIANTS,
  DEFAULT_PREVIEW_BACKGROUND,
  type ButtonVariant,
  type FranceConnectSettings,
} from '#contract/settings'
import { environmentChoiceFor, OTHER_ENVIRONMENT } from '../key/environments'
import type { SettingsFormValues } from '../settings-form/form-values'

/** What « Reprendre ces valeurs » puts in the form: every setting but the secret. */
export type RestoredValues = Pick<
  SettingsFormValues,
  | 'enabled'
  | 'buttonVariant'
  | 'previewBackground'
  | 'connectionText'
  | 'clientId'
  | 'environmentChoice'
  | 'environmentUrl'
>

const isButtonVariant = (value: string): value is ButtonVariant =>
  (BUTTON_VARIANTS as readonly string[]).includes(value)

/**
 * A version's values as form values. A retired environment is only offered to the tenant that
 * still uses it, so elsewhere its URL comes back under « Autre URL »; a variant this tab does not
 * know leaves the current one.
 */
export function restoredValues(
  values: HistoryValues,
  current: Pick<SettingsFormValues, 'buttonVariant'>,
  catalogue: readonly Environment[],
  storedUrl: string,
): RestoredValues {
  const environment = findEnvironment(catalogue, values.environmentUrl)
  const offered =
    environment?.status !== 'retired' || environment === findEnvironment(catalogue, storedUrl)
  return {
    enabled: values.enabled,
    buttonVariant: isButtonVariant(values.buttonVariant)
      ? values.buttonVariant
      : current.buttonVariant,
    previewBackground: values.previewBackground ?? DEFAULT_PREVIEW_BACKGROUND,
    connectionText: values.connectionText,
    clientId: values.clientId,
    environmentChoice: offered
      ? environmentChoiceFor(values.environmentUrl, catalogue)
      : OTHER_ENVIRONMENT,
    environmentUrl: values.environmentUrl,
  }
}

/** Whether a version holds exactly the saved settings (the secret apart). */
export function sameAsSaved(values: HistoryValues, saved: FranceConnectSettings): boolean {
  return (
    values.enabled === saved.enabled &&
    values.buttonVariant === saved.buttonVariant &&
    values.connectionText === saved.connectionText &&
    values.clientId === saved.clientId &&
    values.environmentUrl === saved.environmentUrl &&
    values.previewBackground === (saved.previewBackground ?? null)
  )
}
