import { Link } from '../../../components/link'
import { formatDateTime } from '../../../lib/dates'
import { franceConnectPath } from '#contract/app-routes'
import type { Milestone, Onboarding } from '#contract/onboarding'
import type { OnboardingStepId } from '#contract/onboarding-steps'
import { stepAnchor } from './onboarding-stepper'

function Reached({ milestone }: { milestone: NonNullable<Milestone> }) {
  const when = milestone.at ? ` le ${formatDateTime(milestone.at)}` : ''
  const by = milestone.by ? ` par ${milestone.by}` : ''
  return (
    <p>
      <span className="fr-badge fr-badge--sm fr-badge--success">Fait</span> {`Fait${when}${by}.`}
    </p>
  )
}

interface MilestoneProps {
  id: Extract<OnboardingStepId, 'key' | 'connection' | 'enabled'>
  number: number
  title: string
  milestone: Milestone
  /** What to do while it is not reached. */
  todo: string
  tenantId: string
}

function MilestoneSection({ id, number, title, milestone, todo, tenantId }: MilestoneProps) {
  return (
    <section
      className="fr-mt-6w fc-section"
      aria-labelledby={`step-${id}-title`}
      id={stepAnchor(id)}
    >
      <h2 id={`step-${id}-title`} className="fr-h4">
        {number}. {title}
      </h2>
      <p className="fr-text--sm">
        Étape déduite des réglages et de l’historique de l’espace : elle ne se saisit pas.
      </p>
      {milestone ? (
        <Reached milestone={milestone} />
      ) : (
        <p>
          <span className="fr-badge fr-badge--sm">À faire</span> {todo}{' '}
          <Link to={franceConnectPath(tenantId)}>
            Ouvrir l’onglet Intégration FranceConnect
            <span className="fr-sr-only"> (étape {number})</span>
          </Link>
        </p>
      )}
    </section>
  )
}

/** Steps 4 to 6, derived by the backend from the settings and the journal. */
export function MilestoneSections({
  onboarding,
  tenantId,
}: {
  onboarding: Onboarding
  tenantId: string
}) {
  const { milestones } = onboarding
  return (
    <>
      <MilestoneSection
        id="key"
        number={4}
        title="Clé reçue"
        milestone={milestones.keySaved}
        todo="Enregistrez dans l’onglet, sur l’environnement Production, le Client ID reçu dans la messagerie du dossier et le secret reçu par SMS."
        tenantId={tenantId}
      />
      <MilestoneSection
        id="connection"
        number={5}
        title="Connexion vérifiée"
        milestone={milestones.connectionVerified}
        todo="Lancez « Tester la connexion » dans l’onglet, avec la clé de production enregistrée."
        tenantId={tenantId}
      />
      <MilestoneSection
        id="enabled"
        number={6}
        title="FranceConnect activé"
        milestone={milestones.enabled}
        todo="Activez FranceConnect dans l’onglet, sur la clé de production : le bouton apparaît alors aux usagers."
        tenantId={tenantId}
      />
    </>
  )
}
