import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { parseHexColour, toHexColour } from '#contract/hex-colour'
import { z } from '#contract/zod'
import { lightVariantNeedsConfirmation } from '../button/button-colours'
import type { Environment } from '#contract/catalogue'
import { environmentChoiceFor, type EnvironmentChoice } from '../key/environments'
import {
  DEFAULT_PREVIEW_BACKGROUND,
  type ButtonVariant,
  type FranceConnectSettings,
  type SettingsInput,
  type settingsInputSchema,
} from '#contract/settings'
import { settingsInputRules, type StoredKey } from '#contract/settings-rules'

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
  /** As typed (#RGB or #RRGGBB); the background the button is chosen against. */
  previewBackground: string
  /** Form-only: the light variant chosen although FCboutons-10 has enough contrast. */
  lightVariantConfirmed: boolean
}

export type SettingsFieldName = Exclude<keyof SettingsFormValues, 'environmentChoice'>

export interface SettingsFormContext {
  stored: FranceConnectSettings
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
    previewBackground: settings.previewBackground ?? DEFAULT_PREVIEW_BACKGROUND,
    lightVariantConfirmed: false,
  }
}

/** What the form needs to know of the stored settings to build a `PUT` body. */
export type StoredSettings = StoredKey & Pick<FranceConnectSettings, 'previewBackground'>

/**
 * The raw `PUT` body: an empty secret field becomes an absent `clientSecret` key, and a field
 * the backend never sent (it implements an earlier version of the contract) is left out.
 */
export function toSettingsInput(
  values: SettingsFormValues,
  stored: StoredSettings,
): z.input<typeof settingsInputSchema> {
  const {
    clientSecret,
    environmentChoice: _choice,
    lightVariantConfirmed: _confirmed,
    previewBackground,
    ...rest
  } = values
  return {
    ...rest,
    ...(stored.previewBackground === undefined ? {} : { previewBackground }),
    ...(clientSecret.trim() === '' ? {} : { clientSecret }),
  }
}

/** The form's schema: the API's rules, applied to what the form would send. */
export function settingsFormSchema(stored: StoredSettings) {
  return z.pipe(
    z.transform((values: SettingsFormValues) => toSettingsInput(values, stored)),
    settingsInputRules(stored),
  )
}

/**
 * The light variant, newly chosen (or against a new background) although FCboutons-10 stands
 * out enough there: the procedure wants FCboutons-10, so the choice must be confirmed.
 */
export function lightVariantToConfirm(
  values: Pick<SettingsFormValues, 'buttonVariant' | 'previewBackground'>,
  stored: FranceConnectSettings,
): boolean {
  const background = parseHexColour(values.previewBackground)
  // A backend of contract 1.0 keeps no background: only a change of variant asks again.
  const backgroundChanged =
    stored.previewBackground !== undefined &&
    (background && toHexColour(background)) !== stored.previewBackground
  const changed = values.buttonVariant !== stored.buttonVariant || backgroundChanged
  return changed && lightVariantNeedsConfirmation(values.buttonVariant, background)
}

export const LIGHT_VARIANT_CONFIRMATION =
  'Confirmez le choix de FCboutons-11, ou revenez à FCboutons-10 : sur ce fond, FCboutons-10 a un contraste suffisant.'

export const settingsResolver: Resolver<
  SettingsFormValues,
  SettingsFormContext,
  SettingsInput
> = async (values, context, options) => {
  if (!context) throw new Error('The settings form needs the stored settings as its context')
  const result = await zodResolver(settingsFormSchema(context.stored))(values, context, options)
  if (values.lightVariantConfirmed || !lightVariantToConfirm(values, context.stored)) return result
  return {
    values: {},
    errors: {
      ...result.errors,
      lightVariantConfirmed: { type: 'confirm', message: LIGHT_VARIANT_CONFIRMATION },
    },
  }
}
