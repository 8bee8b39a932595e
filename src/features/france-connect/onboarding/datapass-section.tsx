import { useWatch } from 'react-hook-form'
import { CopyField } from '../../../components/copy-field'
import { SelectField } from '../../../components/select-field'
import { TextField } from '../../../components/text-field'
import {
  DATAPASS_STATE_LABELS,
  DATAPASS_STATES,
  type Onboarding,
  type OnboardingInput,
} from '#contract/onboarding'
import { DEFAULT_WAITING_DAYS } from '#contract/onboarding-steps'
import { ExternalLink } from './external-link'
import { stepAnchor } from './onboarding-stepper'
import {
  DATAPASS_EIDAS_LEVEL,
  datapassRequestLink,
  datapassRequestUrl,
  LEGAL_FRAME,
  PORTAL_SCOPES,
  recommendedDescription,
  recommendedTitle,
} from './procedure-links'
import { SinceText } from './since-text'

const STATE_OPTIONS = DATAPASS_STATES.map((state) => ({
  value: state,
  label: DATAPASS_STATE_LABELS[state],
}))

interface DatapassSectionProps {
  onboarding: Onboarding
  wording: NonNullable<Onboarding['wording']>
  portalName: string
  now: Date
}

/** Step 1: the habilitation, asked for on DataPass with the procedure's recommended wording. */
export function DatapassSection({ onboarding, wording, portalName, now }: DatapassSectionProps) {
  const number = useWatch<OnboardingInput, 'datapass.number'>({ name: 'datapass.number' })
  const knownNumber = /^[0-9]+$/.test(number.trim()) ? number.trim() : ''
  return (
    <section
      className="fr-mt-6w fc-section"
      aria-labelledby="step-datapass-title"
      id={stepAnchor('datapass')}
    >
      <h2 id="step-datapass-title" className="fr-h4">
        1. Habilitation DataPass
      </h2>
      <p>
        Demandez l’habilitation à FranceConnect sur DataPass, avec le SIRET de votre organisation.
        Le lien ci-dessous ouvre une demande déjà remplie du texte recommandé, du cadre juridique,
        du niveau eIDAS 1 et des données dont le portail a besoin ; les contacts (responsable de
        traitement, délégué à la protection des données, responsable technique, qui ne doit pas être
        un contact de {wording.editorName}) restent à saisir sur DataPass.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--left">
        <li>
          <ExternalLink
            className="fr-btn fr-btn--secondary"
            href={datapassRequestLink(wording, portalName)}
            title="Préparer la demande DataPass"
          >
            Préparer la demande DataPass
          </ExternalLink>
        </li>
        {knownNumber && (
          <li>
            <ExternalLink
              className="fr-btn fr-btn--tertiary"
              href={datapassRequestUrl(knownNumber)}
              title={`Ouvrir la demande DataPass n° ${knownNumber}`}
            >
              Ouvrir la demande DataPass n° {knownNumber}
            </ExternalLink>
          </li>
        )}
      </ul>
      <h3 className="fr-h6 fr-mt-3w">Textes recommandés</h3>
      <p className="fr-text--sm">
        Déjà pré-remplis par le lien ; à reprendre ici s’ils n’apparaissent pas dans la demande.
      </p>
      <div className="fr-mb-3w">
        <CopyField
          id="datapass-title"
          label="Intitulé du cas d’usage"
          value={recommendedTitle(portalName)}
          copyName="l’intitulé du cas d’usage"
        />
        <CopyField
          id="datapass-description"
          label="Description du cas d’usage"
          value={recommendedDescription(wording)}
          copyName="la description du cas d’usage"
          multiline
        />
        <CopyField
          id="datapass-legal-frame"
          label="Référence du texte"
          value={LEGAL_FRAME.nature}
          copyName="la référence du texte"
          multiline
        />
        <CopyField
          id="datapass-legal-url"
          label="URL du texte"
          value={LEGAL_FRAME.url}
          copyName="l’URL du texte"
          multiline
        />
        <p className="fr-text--sm">
          Niveau de garantie : eIDAS 1 (<code>{DATAPASS_EIDAS_LEVEL}</code>). Données demandées :{' '}
          {PORTAL_SCOPES.join(', ')}.
        </p>
      </div>
      <h3 className="fr-h6">Suivi de la demande</h3>
      <TextField<OnboardingInput>
        name="datapass.number"
        label="Numéro de la demande DataPass"
        hint="Des chiffres seulement, tels que DataPass les affiche, par exemple 98765."
        inputMode="numeric"
        autoComplete="off"
      />
      <SelectField<OnboardingInput>
        name="datapass.state"
        label="État de la demande DataPass"
        hint="Tel que DataPass l’affiche : ni DataPass ni FranceConnect ne le transmettent à ce portail."
        options={STATE_OPTIONS}
      />
      <SinceText
        since={onboarding.datapass.stateSince}
        now={now}
        {...(onboarding.datapass.state === 'submitted'
          ? {
              waitingDays: DEFAULT_WAITING_DAYS,
              waitingText:
                'écrivez à l’instructeur depuis la messagerie de la demande, sur DataPass.',
            }
          : {})}
      />
      <TextField<OnboardingInput>
        name="datapass.organisationName"
        label="Nom de l’organisation"
        hint="Tel qu’il figure sur la demande DataPass : la demande de mise en production le reprend à l’identique."
        autoComplete="organization"
      />
      <TextField<OnboardingInput>
        name="datapass.siret"
        label="SIRET"
        hint="14 chiffres ; sa clé de contrôle est vérifiée. Les espaces sont ignorés."
        inputMode="numeric"
        autoComplete="off"
      />
    </section>
  )
}
