import { useRef } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { RadioOption } from '../../../components/radio-fieldset'
import { RadioGroup } from '../../../components/radio-group'
import { TextField } from '../../../components/text-field'
import type { EnvironmentCatalogue } from '../api'
import type { Environment } from '#contract/catalogue'
import { offeredEnvironments, OTHER_ENVIRONMENT, urlForChoice } from './environments'
import type { SettingsFormValues } from '../settings-form/form-values'

const statusBadges: Record<Environment['status'], { text: string; className: string } | null> = {
  current: null,
  deprecated: { text: 'Obsolète', className: 'fr-badge fr-badge--sm fr-badge--warning' },
  retired: { text: 'Arrêté', className: 'fr-badge fr-badge--sm fr-badge--error' },
}

const statusNotices: Record<Environment['status'], string | null> = {
  current: null,
  deprecated:
    'Environnement obsolète : FranceConnect le remplace. Il fonctionne encore, mais prévoyez une clé pour un environnement en service.',
  retired:
    'Environnement arrêté : il n’est proposé que parce que la clé enregistrée y est rattachée. Les connexions FranceConnect y échouent : choisissez un environnement en service.',
}

function environmentOption(environment: Environment): RadioOption {
  const badge = statusBadges[environment.status]
  const notice = statusNotices[environment.status]
  return {
    value: environment.id,
    label: environment.label,
    hint: (
      <>
        <span className="fc-url">{environment.url}</span>
        {badge && (
          <>
            {' '}
            <span className={badge.className}>{badge.text}</span>
          </>
        )}
        <br />
        FranceConnect {environment.version} – {environment.description}
      </>
    ),
    details: notice && (
      <div className="fr-alert fr-alert--warning fr-alert--sm fc-option-notice">
        <p>{notice}</p>
      </div>
    ),
  }
}

const sourceTexts = {
  server: 'Liste des environnements fournie par le serveur.',
  'built-in': 'Liste des environnements intégrée à l’application : le serveur n’en publie pas.',
  unavailable:
    'Le serveur n’a pas pu fournir sa liste des environnements : celle intégrée à l’application est affichée.',
}

interface EnvironmentSectionProps {
  catalogue: EnvironmentCatalogue
  /** The catalogue request failed: the built-in list stands in for it. */
  catalogueUnavailable: boolean
  storedUrl: string
}

export function EnvironmentSection({
  catalogue,
  catalogueUnavailable,
  storedUrl,
}: EnvironmentSectionProps) {
  const { setValue, getValues, formState } = useFormContext<SettingsFormValues>()
  const choice = useWatch<SettingsFormValues, 'environmentChoice'>({ name: 'environmentChoice' })
  // What the user typed under "Autre URL" survives a detour through a listed environment.
  const customUrl = useRef(choice === OTHER_ENVIRONMENT ? getValues('environmentUrl') : '')

  function onChoiceChange(event: { target: { value: string } }) {
    if (choice === OTHER_ENVIRONMENT) customUrl.current = getValues('environmentUrl')
    setValue(
      'environmentUrl',
      urlForChoice(event.target.value, catalogue.environments) ?? customUrl.current,
      {
        shouldDirty: true,
        shouldValidate: formState.isSubmitted,
      },
    )
  }

  const options: RadioOption[] = [
    ...offeredEnvironments(catalogue.environments, storedUrl).map(environmentOption),
    {
      value: OTHER_ENVIRONMENT,
      label: 'Autre URL',
      hint: 'Une adresse communiquée par FranceConnect, en https.',
      details: choice === OTHER_ENVIRONMENT && (
        <div className="fc-dependent-field">
          <TextField<SettingsFormValues>
            name="environmentUrl"
            label="URL du service FranceConnect"
            hint="Adresse complète, commençant par https://"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      ),
    },
  ]

  return (
    <section className="fr-mb-6w fc-section">
      <h2 className="fr-h4">Environnement FranceConnect</h2>
      <RadioGroup<SettingsFormValues>
        name="environmentChoice"
        legend="Environnement de la clé"
        hint="Une clé ne fonctionne que dans l’environnement qui l’a délivrée."
        options={options}
        errorOf={choice === OTHER_ENVIRONMENT ? 'environmentChoice' : 'environmentUrl'}
        onChange={onChoiceChange}
      >
        <div className="fr-fieldset__element">
          <p className={catalogueUnavailable ? 'fr-message fr-message--warning' : 'fr-hint-text'}>
            {sourceTexts[catalogueUnavailable ? 'unavailable' : catalogue.source]}
          </p>
        </div>
      </RadioGroup>
    </section>
  )
}
