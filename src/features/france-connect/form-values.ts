import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { z } from '../../lib/zod'
import type { Environment } from './catalogue'
import { environmentChoiceFor, type EnvironmentChoice } from './environments'
import type {
  ButtonVariant,
  FranceConnectSettings,
  SettingsInput,
  settingsInputSchema,
} from './schemas'
import { settingsInputRules, type StoredKey } from './settings-rules'

/** What the form holds: the `PUT` body plus the environment radio and an empty-able secret. */
export interface SettingsFormValues {
  enabled: boolean
  buttonVariant: ButtonVariant
  connectionText: string
  clientId: string
  /** Write-only: always empty after loading or saving; empty means "keep the stored one". */
  clientSecret: string
  environmentChoice: EnvironmentChoice
  environmentUrl: string
}

export type SettingsFieldName = Exclude<keyof SettingsFormValues, 'environmentChoice'>

export interface SettingsFormContext {
  stored: StoredKey
}

export function toFormValues(
  settings: FranceConnectSettings,
  catalogue: readonly Environment[],
): SettingsFormValues {
  return {
    enabled: settings.enabled,
    buttonVariant: settings.buttonVariant,
    connectionText: settings.connectionText,
    clientId: settings.clientId,
    clientSecret: '',
    environmentChoice: environmentChoiceFor(settings.environmentUrl, catalogue),
    environmentUrl: settings.environmentUrl,
  }
}

/** The raw `PUT` body: an empty secret field becomes an absent `clientSecret` key. */
export function toSettingsInput(values: SettingsFormValues): z.input<typeof settingsInputSchema> {
  const { clientSecret, environmentChoice: _choice, ...rest } = values
  return clientSecret.trim() === '' ? rest : { ...rest, clientSecret }
}

/** The form's schema: the API's rules, applied to what the form would send. */
export function settingsFormSchema(stored: StoredKey) {
  return z.pipe(
    z.transform((values: SettingsFormValues) => toSettingsInput(values)),
    settingsInputRules(stored),
  )
}

export const settingsResolver: Resolver<SettingsFormValues, SettingsFormContext, SettingsInput> = (
  values,
  context,
  options,
) => {
  if (!context) throw new Error('The settings form needs the stored key as its context')
  return zodResolver(settingsFormSchema(context.stored))(values, context, options)
}
