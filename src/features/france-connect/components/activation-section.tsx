import { Toggle } from '../../../components/toggle'
import type { SettingsFormValues } from '../form-values'

export function ActivationSection() {
  return (
    <section className="fr-mb-6w">
      <h2 id="section-activation" className="fr-h4">
        Activation
      </h2>
      <Toggle<SettingsFormValues>
        name="enabled"
        label="Activer FranceConnect"
        hint="Une fois activé et enregistré, le bouton FranceConnect est proposé aux usagers sur la page de connexion du portail."
      />
    </section>
  )
}
