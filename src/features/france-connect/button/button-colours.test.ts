import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseHexColour, type Rgb } from '#contract/hex-colour'
import { BACKGROUND_PRESETS } from './background-presets'
import {
  BUTTON_COLOURS,
  lightVariantNeedsConfirmation,
  recommendVariant,
  SURROUNDING_COLOURS,
  variantContrast,
} from './button-colours'
import { lightVariantToConfirm, toFormValues } from '../settings-form/form-values'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import type { FranceConnectSettings } from '#contract/settings'

const rgb = (hex: string): Rgb => {
  const parsed = parseHexColour(hex)
  if (!parsed) throw new Error(hex)
  return parsed
}
const preset = (label: string) =>
  rgb(BACKGROUND_PRESETS.find((item) => item.label === label)?.value ?? '')

/** The value a DSFR colour token takes in a stylesheet of the installed package. */
async function dsfrToken(file: string, token: string): Promise<string> {
  const css = await readFile(resolve('node_modules/@gouvfr/dsfr/dist', file), 'utf8')
  const match = new RegExp(`--${token}: (#[0-9a-fA-F]+)`).exec(css)
  if (!match?.[1]) throw new Error(`${token} not in ${file}`)
  return match[1].toUpperCase().replace(/^#([0-9A-F])([0-9A-F])([0-9A-F])$/, '#$1$1$2$2$3$3')
}

describe('the colours the contrast is computed on', () => {
  it('are DSFR’s own, in both themes', async () => {
    expect(BUTTON_COLOURS.light['FCboutons-10']).toEqual({
      background: await dsfrToken('core/core.main.css', 'blue-france-sun-113-625'),
      text: await dsfrToken('core/core.main.css', 'blue-france-975-sun-113'),
    })
    expect(BUTTON_COLOURS.dark['FCboutons-10']).toEqual({
      background: await dsfrToken('scheme/scheme.css', 'blue-france-sun-113-625'),
      text: await dsfrToken('scheme/scheme.css', 'blue-france-975-sun-113'),
    })
    expect(SURROUNDING_COLOURS.light.text).toBe(
      await dsfrToken('core/core.main.css', 'grey-425-625'),
    )
    expect(SURROUNDING_COLOURS.dark.text).toBe(await dsfrToken('scheme/scheme.css', 'grey-425-625'))
  })

  it('are those the stylesheet paints a dark-theme preview with', async () => {
    const css = await readFile(resolve('src/app/components.css'), 'utf8')
    const block = /\.fc-theme-dark \{([^}]*)\}/.exec(css)?.[1] ?? ''
    const value = (name: string) =>
      new RegExp(`--${name}: (#[0-9a-f]+)`, 'i').exec(block)?.[1]?.toUpperCase()
    expect(value('background-action-high-blue-france')).toBe(
      BUTTON_COLOURS.dark['FCboutons-10'].background,
    )
    expect(value('text-inverted-blue-france')).toBe(BUTTON_COLOURS.dark['FCboutons-10'].text)
    expect(value('text-mention-grey')).toBe(SURROUNDING_COLOURS.dark.text)
    expect(value('text-action-high-blue-france')).toBe(SURROUNDING_COLOURS.dark.link)
  })
})

describe('the recommendation', () => {
  it.each([
    ['Blanc', 'light', 'FCboutons-10'],
    ['Gris DSFR', 'light', 'FCboutons-10'],
    ['Bleu France', 'light', 'FCboutons-11'],
    ['Fond sombre', 'light', 'FCboutons-11'],
    ['Fond sombre', 'dark', 'FCboutons-10'],
  ] as const)('on %s (%s theme) is %s', (label, theme, variant) => {
    expect(recommendVariant(preset(label), theme)).toEqual({ variant, sufficient: true })
  })

  it('admits when neither button reaches 3:1', () => {
    expect(recommendVariant(rgb('#CCCCCC'), 'dark').sufficient).toBe(false)
  })

  it('gives the figures the bench shows', () => {
    const onWhite = variantContrast('FCboutons-10', rgb('#FFFFFF'), 'light')
    expect(onWhite.againstBackground).toBeCloseTo(14.91, 2)
    expect(onWhite.text).toBeCloseTo(13.75, 2)
    expect(variantContrast('FCboutons-11', rgb('#FFFFFF'), 'light').againstBackground).toBe(1)
  })
})

describe('the light variant’s confirmation', () => {
  it('is needed only where FCboutons-10 stands out', () => {
    expect(lightVariantNeedsConfirmation('FCboutons-11', rgb('#FFFFFF'))).toBe(true)
    expect(lightVariantNeedsConfirmation('FCboutons-11', rgb('#000091'))).toBe(false)
    expect(lightVariantNeedsConfirmation('FCboutons-10', rgb('#FFFFFF'))).toBe(false)
    expect(lightVariantNeedsConfirmation('FCboutons-11', null)).toBe(false)
  })

  it('is asked again only when the variant or the background changes from what was saved', () => {
    const saved: FranceConnectSettings = {
      enabled: false,
      buttonVariant: 'FCboutons-11',
      connectionText: '',
      clientId: '',
      clientSecretConfigured: false,
      environmentUrl: '',
      previewBackground: '#FFFFFF',
      updatedAt: null,
      updatedBy: null,
    }
    const values = toFormValues(saved, BUILT_IN_ENVIRONMENTS)
    expect(lightVariantToConfirm(values, saved)).toBe(false)
    expect(lightVariantToConfirm({ ...values, previewBackground: '#F6F6F6' }, saved)).toBe(true)
    expect(lightVariantToConfirm({ ...values, previewBackground: '#fff' }, saved)).toBe(false)
    expect(lightVariantToConfirm(values, { ...saved, buttonVariant: 'FCboutons-10' })).toBe(true)
  })
})
