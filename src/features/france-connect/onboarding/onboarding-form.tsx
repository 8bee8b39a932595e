import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Alert } from '../../../components/alert'
import { LeaveGuard } from '../../../components/leave-guard'
import { useRuntimeConfig } from '../../../config/services-context'
import { formatDateTime } from '../../../lib/dates'
import type { Environment } from '#contract/catalogue'
import {
  DEFAULT_WORDING,
  onboardingInputOf,
  onboardingInputSchema,
  type OnboardingInput,
} from '#contract/onboarding'
import type { Tenant } from '#contract/tenant'
import { ErrorSummary } from '../settings-form/error-summary'
import { SaveFailureAlert } from '../settings-form/save-failure-alert'
import { DatapassSection } from './datapass-section'
import type { VersionedOnboarding } from './onboarding-queries'
import { ProductionSection } from './production-section'
import { SandboxSection } from './sandbox-section'
import { useOnboardingSave, type OnboardingOutcome } from './use-onboarding-save'

interface OnboardingFormProps {
  tenantId: string
  saved: VersionedOnboarding
  tenant: Tenant | undefined
  v1ClientId: string
  production: Environment | undefined
  now: Date
}

function Outcome({
  outcome,
  onRetry,
  onConflict,
  timeoutMs,
}: {
  outcome: OnboardingOutcome
  onRetry: () => void
  onConflict: (keepMine: boolean) => void
  timeoutMs: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [outcome])
  switch (outcome.type) {
    case 'saved':
    case 'unchanged':
      return (
        <Alert
          elementRef={ref}
          type="success"
          role="status"
          small
          title="Mise en service enregistrée"
          className="fr-mb-3w"
        >
          <p>
            {outcome.type === 'saved'
              ? 'Les étapes et la vue d’ensemble tiennent compte de vos saisies.'
              : 'Aucune valeur n’avait changé : rien de nouveau à enregistrer.'}
          </p>
        </Alert>
      )
    case 'invalid':
      return <ErrorSummary entries={outcome.entries} error={outcome.error} />
    case 'failed':
      return (
        <SaveFailureAlert
          error={outcome.error}
          timeoutMs={timeoutMs}
          retryAt={null}
          onRetry={onRetry}
        />
      )
    case 'conflict': {
      const { updatedAt, updatedBy } = outcome.theirs.onboarding
      return (
        <Alert
          elementRef={ref}
          type="warning"
          role="alert"
          title="La mise en service a été modifiée entre-temps"
          className="fr-mb-3w"
        >
          <p>
            Une autre version a été enregistrée
            {updatedAt ? ` le ${formatDateTime(updatedAt)}` : ''}
            {updatedBy ? ` par ${updatedBy}` : ''}. Vos saisies sont conservées dans le formulaire.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--left fr-mt-2w">
            <li>
              <button type="button" className="fr-btn fr-btn--sm" onClick={() => onConflict(true)}>
                Enregistrer mes saisies à la place
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--secondary fr-btn--sm"
                onClick={() => onConflict(false)}
              >
                Reprendre la version enregistrée
              </button>
            </li>
          </ul>
        </Alert>
      )
    }
  }
}

/** Steps 1 to 3, the typed ones: one form, one save, nothing typed ever lost. */
export function OnboardingForm({
  tenantId,
  saved,
  tenant,
  v1ClientId,
  production,
  now,
}: OnboardingFormProps) {
  const { requestTimeoutMs } = useRuntimeConfig()
  const form = useForm<OnboardingInput>({
    resolver: zodResolver(onboardingInputSchema),
    defaultValues: onboardingInputOf(saved.onboarding),
    mode: 'onTouched',
    // The summary of fixes takes the focus; its links lead to each field.
    shouldFocusError: false,
  })
  const flow = useOnboardingSave(form, tenantId, saved)
  const wording = saved.onboarding.wording ?? DEFAULT_WORDING
  const onSubmit = form.handleSubmit((input) => flow.submit(input), flow.reportInvalid)
  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label="Étapes saisies de la mise en service"
      >
        <DatapassSection
          onboarding={saved.onboarding}
          wording={wording}
          portalName={tenant?.name ?? tenantId}
          now={now}
        />
        <SandboxSection onboarding={saved.onboarding} now={now} />
        <ProductionSection
          onboarding={saved.onboarding}
          editorName={wording.editorName}
          tenant={tenant}
          v1ClientId={v1ClientId}
          production={production}
          now={now}
        />
        <div className="fr-mt-4w">
          {flow.outcome && (
            <Outcome
              outcome={flow.outcome}
              timeoutMs={requestTimeoutMs}
              onRetry={() => void onSubmit()}
              onConflict={(keepMine) => {
                if (flow.outcome?.type === 'conflict')
                  void flow.resolveConflict(flow.outcome.theirs, keepMine)
              }}
            />
          )}
          <button type="submit" className="fr-btn" disabled={flow.saving}>
            {flow.saving ? 'Enregistrement…' : 'Enregistrer l’avancement'}
          </button>
        </div>
      </form>
      <LeaveGuard active={form.formState.isDirty && !flow.saving} />
    </FormProvider>
  )
}
