import { useWatch } from 'react-hook-form'
import { RadioGroup } from '../../../components/radio-group'
import { SelectField } from '../../../components/select-field'
import { TextField } from '../../../components/text-field'
import type { Environment } from '#contract/catalogue'
import {
  DOSSIER_STATE_LABELS,
  DOSSIER_STATES,
  type Onboarding,
  type OnboardingInput,
} from '#contract/onboarding'
import type { Tenant } from '#contract/tenant'
import { DEFAULT_WAITING_DAYS } from '#contract/onboarding-steps'
import { ExternalLink } from './external-link'
import { stepAnchor } from './onboarding-stepper'
import { dossierUrl, MODIFICATION_FORM_URL, productionFormUrl } from './procedure-links'
import { ProductionValues } from './production-values'
import { SinceText } from './since-text'

const STATE_OPTIONS = DOSSIER_STATES.map((state) => ({
  value: state,
  label: DOSSIER_STATE_LABELS[state],
}))

interface ProductionSectionProps {
  onboarding: Onboarding
  editorName: string
  tenant: Tenant | undefined
  v1ClientId: string
  production: Environment | undefined
  now: Date
}

/** Step 3: the production request on démarches simplifiées, and every value it asks for. */
export function ProductionSection(props: ProductionSectionProps) {
  const { onboarding, editorName, tenant, v1ClientId, production, now } = props
  const [version, number] = useWatch<
    OnboardingInput,
    ['production.franceConnectVersion', 'production.dossierNumber']
  >({ name: ['production.franceConnectVersion', 'production.dossierNumber'] })
  const knownNumber = /^[0-9]+$/.test(number.trim()) ? number.trim() : ''
  return (
    <section
      className="fr-mt-6w fc-section"
      aria-labelledby="step-production-title"
      id={stepAnchor('production')}
    >
      <h2 id="step-production-title" className="fr-h4">
        3. Demande de mise en production
      </h2>
      <p>
        Une fois l’habilitation validée, déposez la demande de création d’un fournisseur de service
        sur démarches simplifiées. Le Client ID arrivera dans la messagerie du dossier, le secret
        par SMS. Une modification ultérieure passe par le{' '}
        <ExternalLink href={MODIFICATION_FORM_URL} title="Formulaire de demande de modification">
          formulaire de demande de modification
        </ExternalLink>
        .
      </p>
      <RadioGroup<OnboardingInput>
        name="production.franceConnectVersion"
        legend="Version de FranceConnect du portail"
        hint="Elle choisit le formulaire : v2 pour les versions récentes de la solution, v1 pour les plus anciennes."
        options={[
          { value: 'v2', label: 'FranceConnect v2' },
          { value: 'v1', label: 'FranceConnect v1 (portail plus ancien)' },
        ]}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--left">
        <li>
          <ExternalLink
            className="fr-btn fr-btn--secondary"
            href={productionFormUrl(version)}
            title={`Ouvrir le formulaire de mise en production (${version})`}
          >
            Ouvrir le formulaire de mise en production ({version})
          </ExternalLink>
        </li>
        {knownNumber && (
          <li>
            <ExternalLink
              className="fr-btn fr-btn--tertiary"
              href={dossierUrl(knownNumber)}
              title={`Ouvrir le dossier n° ${knownNumber}`}
            >
              Ouvrir le dossier n° {knownNumber}
            </ExternalLink>
          </li>
        )}
      </ul>
      <TextField<OnboardingInput>
        name="production.dossierNumber"
        label="Numéro du dossier"
        hint="Des chiffres seulement, tels que démarches simplifiées les affiche."
        inputMode="numeric"
        autoComplete="off"
      />
      <SelectField<OnboardingInput>
        name="production.state"
        label="État du dossier"
        hint="Tel que démarches simplifiées l’affiche."
        options={STATE_OPTIONS}
      />
      <SinceText
        since={onboarding.production.stateSince}
        now={now}
        {...(onboarding.production.state === 'en_instruction'
          ? {
              waitingDays: DEFAULT_WAITING_DAYS,
              waitingText: 'relancez l’instructeur depuis la messagerie du dossier.',
            }
          : {})}
      />
      <TextField<OnboardingInput>
        name="production.ipAddress"
        label="Adresse IP"
        hint={`L’adresse du portail en production, donnée par l’hébergeur (chez ${editorName}, votre chef de projet). Par exemple 203.0.113.10.`}
        autoComplete="off"
      />
      {tenant ? (
        <ProductionValues
          tenant={tenant}
          editorName={editorName}
          v1ClientId={v1ClientId}
          production={production}
        />
      ) : (
        <p className="fr-text--sm">
          Les URL à déclarer se calculent depuis l’adresse du portail, que le serveur n’a pas
          fournie : reportez-les depuis la section « Déclaration auprès de FranceConnect » de
          l’onglet.
        </p>
      )}
    </section>
  )
}
