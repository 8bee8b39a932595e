import { useFormContext } from 'react-hook-form'
import { Toggle } from '../../../components/toggle'
import type { SettingsFormValues } from './form-values'
import type { AskToDisable } from './save-types'

const TOGGLE_ID = 'toggle-enabled'

interface ActivationSectionProps {
  savedEnabled: boolean
  askToDisable: AskToDisable
}

/** The on/off switch; turning off a tenant whose users have the button asks first. */
export function ActivationSection({ savedEnabled, askToDisable }: ActivationSectionProps) {
  const { setValue } = useFormContext<SettingsFormValues>()

  function onToggle(event: { target: { checked: boolean } }) {
    if (event.target.checked || !savedEnabled) return
    setValue('enabled', true)
    askToDisable((disable) => {
      if (disable) setValue('enabled', false, { shouldDirty: true })
    }, document.getElementById(TOGGLE_ID))
  }

  return (
    <section className="fr-mb-6w fc-section">
      <h2 className="fr-h4">Activation</h2>
      <Toggle<SettingsFormValues>
        name="enabled"
        label="Activer FranceConnect"
        hint="Une fois activé et enregistré, le bouton FranceConnect est proposé aux usagers sur la page de connexion du portail."
        onChange={onToggle}
      />
    </section>
  )
}
