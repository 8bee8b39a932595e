import { SelectField } from '../../../components/select-field'
import {
  SANDBOX_STATE_LABELS,
  SANDBOX_STATES,
  type Onboarding,
  type OnboardingInput,
} from '#contract/onboarding'
import { ExternalLink } from './external-link'
import { stepAnchor } from './onboarding-stepper'
import { PARTNERS_SPACE } from './procedure-links'
import { SinceText } from './since-text'

const STATE_OPTIONS = SANDBOX_STATES.map((state) => ({
  value: state,
  label: SANDBOX_STATE_LABELS[state],
}))

/** Step 2, optional: a sandbox service provider, created by the applicant since 2025. */
export function SandboxSection({ onboarding, now }: { onboarding: Onboarding; now: Date }) {
  return (
    <section
      className="fr-mt-6w fc-section"
      aria-labelledby="step-sandbox-title"
      id={stepAnchor('sandbox')}
    >
      <h2 id="step-sandbox-title" className="fr-h4">
        2. Bac à sable <span className="fr-text--regular">(facultatif)</span>
      </h2>
      <p>
        Pour essayer la connexion avant la production, créez un fournisseur de service de bac à
        sable dans l’
        <ExternalLink href={PARTNERS_SPACE} title="Espace Partenaires de FranceConnect">
          Espace Partenaires de FranceConnect
        </ExternalLink>{' '}
        : son identifiant et son secret y sont affichés une seule fois. Saisissez-les dans l’onglet
        Intégration FranceConnect, environnement « Bac à sable ». Une solution certifiée peut passer
        directement à la mise en production.
      </p>
      <SelectField<OnboardingInput>
        name="sandbox.state"
        label="Bac à sable"
        hint="Où en est le fournisseur de service de bac à sable de cet espace."
        options={STATE_OPTIONS}
      />
      <SinceText since={onboarding.sandbox.stateSince} now={now} />
    </section>
  )
}
