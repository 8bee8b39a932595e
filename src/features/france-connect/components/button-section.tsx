import { useWatch } from 'react-hook-form'
import { RadioGroup } from '../../../components/radio-group'
import type { SettingsFormValues } from '../form-values'
import { ButtonPreview } from './button-preview'

export function ButtonSection() {
  const connectionText = useWatch<SettingsFormValues, 'connectionText'>({ name: 'connectionText' })
  return (
    <section className="fr-mb-6w">
      <h2 id="section-button" className="fr-h4">
        Bouton de connexion
      </h2>
      <RadioGroup<SettingsFormValues>
        name="buttonVariant"
        legend="Bouton affiché aux usagers"
        hint="Le bouton FCboutons-10 est celui à privilégier. Ne choisissez le second que si le contraste du premier est insuffisant sur le fond de votre portail."
        options={[
          {
            value: 'FCboutons-10',
            label: 'FCboutons-10',
            hint: 'Bouton par défaut, recommandé',
            details: <ButtonPreview variant="FCboutons-10" text={connectionText} />,
          },
          {
            value: 'FCboutons-11',
            label: 'FCboutons-11',
            hint: 'Variante claire, uniquement si le contraste est insuffisant',
            details: <ButtonPreview variant="FCboutons-11" text={connectionText} />,
          },
        ]}
      />
    </section>
  )
}
