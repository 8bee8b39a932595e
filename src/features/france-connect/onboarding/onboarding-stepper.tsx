import {
  ONBOARDING_STEPS,
  type OnboardingProgress,
  type StepStatus,
} from '#contract/onboarding-steps'

const STATUS_TEXT: Record<StepStatus, string> = {
  done: 'terminée',
  current: 'en cours',
  todo: 'à venir',
  skipped: 'facultative, passée',
}
const STATUS_BADGE: Record<StepStatus, string> = {
  done: 'fr-badge--success',
  current: 'fr-badge--info',
  todo: '',
  skipped: '',
}

export const stepAnchor = (id: string) => `etape-${id}`

/** The DSFR stepper, then every step with its status, each a link to its section. */
export function OnboardingStepper({ progress }: { progress: OnboardingProgress }) {
  const current = ONBOARDING_STEPS[progress.step - 1]
  // The next step still to do, if any (a later one may already be done: FranceConnect switched
  // on before its connection was tested).
  const next = ONBOARDING_STEPS.slice(progress.step).find(
    (step) => progress.statuses[step.id] === 'todo',
  )
  return (
    <>
      <div className="fr-stepper">
        <h2 className="fr-stepper__title">
          {progress.complete ? 'Mise en service terminée' : current?.title}
          <span className="fr-stepper__state">
            Étape {progress.step} sur {ONBOARDING_STEPS.length}
          </span>
        </h2>
        <div
          className="fr-stepper__steps"
          data-fr-current-step={progress.step}
          data-fr-steps={ONBOARDING_STEPS.length}
        />
        {next && (
          <p className="fr-stepper__details">
            <span className="fr-text--bold">Étape suivante :</span> {next.title}
          </p>
        )}
      </div>
      <nav aria-label="Étapes de la mise en service" className="fr-mb-4w">
        <ol className="fc-onboarding-steps">
          {ONBOARDING_STEPS.map((step) => {
            const status = progress.statuses[step.id]
            return (
              <li key={step.id} aria-current={status === 'current' ? 'step' : undefined}>
                <a href={`#${stepAnchor(step.id)}`}>{step.title}</a>{' '}
                <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${STATUS_BADGE[status]}`}>
                  {STATUS_TEXT[status]}
                </span>
              </li>
            )
          })}
        </ol>
      </nav>
    </>
  )
}
