import { useRef } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { RadioGroup, type RadioOption } from '../../../components/radio-group'
import { TextField } from '../../../components/text-field'
import { ENVIRONMENT_PRESETS, presetUrl, type EnvironmentChoice } from '../environments'
import type { SettingsFormValues } from '../form-values'

export function EnvironmentSection() {
  const { setValue, getValues, formState } = useFormContext<SettingsFormValues>()
  const choice = useWatch<SettingsFormValues, 'environmentChoice'>({ name: 'environmentChoice' })
  // What the user typed under "Autre URL" survives a detour through a preset.
  const customUrl = useRef(choice === 'other' ? getValues('environmentUrl') : '')

  function onChoiceChange(event: { target: { value: string } }) {
    const next = event.target.value as EnvironmentChoice
    if (choice === 'other') customUrl.current = getValues('environmentUrl')
    setValue('environmentUrl', presetUrl(next) ?? customUrl.current, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    })
  }

  const options: RadioOption[] = [
    ...ENVIRONMENT_PRESETS.map((preset) => ({
      value: preset.id,
      label: preset.label,
      hint: (
        <>
          <span className="fc-url">{preset.url}</span>
          <br />
          {preset.description}
        </>
      ),
    })),
    {
      value: 'other',
      label: 'Autre URL',
      hint: 'Une adresse communiquée par FranceConnect, en https.',
      details: choice === 'other' && (
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
    <section className="fr-mb-6w">
      <h2 id="section-environment" className="fr-h4">
        Environnement FranceConnect
      </h2>
      <RadioGroup<SettingsFormValues>
        name="environmentChoice"
        legend="Environnement de la clé"
        hint="Une clé ne fonctionne que dans l’environnement qui l’a délivrée."
        options={options}
        errorOf={choice === 'other' ? 'environmentChoice' : 'environmentUrl'}
        onChange={onChoiceChange}
      />
    </section>
  )
}
