import { useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { Link } from '../../../components/link'
import { RadioGroup } from '../../../components/radio-group'
import { useFieldError } from '../../../components/use-field-error'
import { formatRatio } from '../../../lib/contrast'
import { variantContrast, type Theme } from './button-colours'
import { lightVariantToConfirm, type SettingsFormValues } from '../settings-form/form-values'
import type { ButtonVariant, FranceConnectSettings } from '#contract/settings'
import { BackgroundPicker } from './background-picker'
import { LightVariantConfirmation } from './light-variant-confirmation'
import { Recommendation } from './recommendation'
import { ThemeChoice } from './theme-choice'
import { useShownBackground } from './use-shown-background'
import { VariantPreview } from './variant-preview'

const variantHints: Record<ButtonVariant, string> = {
  'FCboutons-10': 'Bouton par défaut, recommandé',
  'FCboutons-11': 'Variante claire, uniquement si le contraste est insuffisant',
}

export function ButtonSection({ stored }: { stored: FranceConnectSettings }) {
  const { setValue, formState } = useFormContext<SettingsFormValues>()
  const [previewBackground, connectionText, buttonVariant] = useWatch<
    SettingsFormValues,
    ['previewBackground', 'connectionText', 'buttonVariant']
  >({ name: ['previewBackground', 'connectionText', 'buttonVariant'] })
  const backgroundFieldError = useFieldError<SettingsFormValues>('previewBackground')
  const [theme, setTheme] = useState<Theme>('light')
  const { background, backgroundHex } = useShownBackground(previewBackground)

  function onBackgroundChange(next: string) {
    setValue('previewBackground', next, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    })
  }

  const option = (variant: ButtonVariant) => ({
    value: variant,
    label: variant,
    hint: `${variantHints[variant]} · sur ce fond : ${formatRatio(variantContrast(variant, background, theme).againstBackground)}`,
    details: (
      <VariantPreview
        variant={variant}
        background={background}
        backgroundHex={backgroundHex}
        theme={theme}
        text={connectionText}
      />
    ),
  })

  return (
    <section className="fr-mb-6w fc-section">
      <h2 className="fr-h4">Bouton de connexion</h2>
      <p className="fr-text--sm">
        Le bouton FCboutons-10 est celui à privilégier ; la variante claire FCboutons-11 ne se
        choisit que si FCboutons-10 manque de contraste sur le fond de votre portail. Indiquez ce
        fond pour le vérifier :{' '}
        {stored.previewBackground === undefined
          ? 'votre serveur, d’une version antérieure du contrat, ne l’enregistre pas.'
          : 'il est enregistré avec les réglages.'}
      </p>
      <BackgroundPicker
        value={previewBackground}
        shown={backgroundHex}
        onChange={onBackgroundChange}
        error={backgroundFieldError}
      />
      <ThemeChoice value={theme} onChange={setTheme} />
      <Recommendation background={background} theme={theme} />
      <RadioGroup<SettingsFormValues>
        name="buttonVariant"
        legend="Bouton affiché aux usagers"
        options={[option('FCboutons-10'), option('FCboutons-11')]}
      />
      {lightVariantToConfirm({ buttonVariant, previewBackground }, stored) && (
        <LightVariantConfirmation background={background} />
      )}
      <p className="fr-text--sm">
        <Link to={`preview?background=${encodeURIComponent(backgroundHex)}&theme=${theme}`}>
          Ouvrir ce banc de contraste dans une page à partager
        </Link>
      </p>
    </section>
  )
}
