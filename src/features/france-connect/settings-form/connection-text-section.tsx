import { TextField } from '../../../components/text-field'
import type { SettingsFormValues } from './form-values'
import { CONNECTION_TEXT_MAX_LENGTH } from '#contract/settings'

export function ConnectionTextSection() {
  return (
    <section className="fr-mb-6w fc-section">
      <h2 id="section-connection-text" className="fr-h4">
        Texte de connexion
      </h2>
      <TextField<SettingsFormValues>
        name="connectionText"
        label="Texte de connexion"
        hint={`Affiché tel quel au-dessus du bouton, en texte simple. ${CONNECTION_TEXT_MAX_LENGTH} caractères au maximum.`}
        multiline
        rows={3}
      />
    </section>
  )
}
