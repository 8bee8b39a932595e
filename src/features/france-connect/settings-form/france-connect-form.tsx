import type { UseQueryResult } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Alert } from '../../../components/alert'
import { LeaveGuard } from '../../../components/leave-guard'
import { useRuntimeConfig } from '../../../config/services-context'
import type { EnvironmentCatalogue, VersionedSettings } from '../api'
import type { Tenant } from '#contract/tenant'
import { AfterFirstPaint } from '../../../components/after-first-paint'
import {
  settingsResolver,
  toFormValues,
  type SettingsFormContext,
  type SettingsFormValues,
} from './form-values'
import type { SettingsInput } from '#contract/settings'
import { useDraftRoundTrip } from './use-draft-round-trip'
import type { RestoredVersion } from '../history/use-restore-version'
import { useSaveFlow } from './use-save-flow'
import { SessionExpiredModal } from './session-expired-modal'
import { ActivationSection } from './activation-section'
import { ButtonSection } from '../button/button-section'
import { ConnectionTestSection } from '../connection-test/connection-test-section'
import { ConnectionTextSection } from './connection-text-section'
import { DisableConfirmationModal, useDisableConfirmation } from './disable-confirmation'
import { EnvironmentSection } from '../key/environment-section'
import { LazyHistorySection } from '../history/history-section-loader'
import { KeySection } from '../key/key-section'
import { RestoredVersionAlert } from '../history/restored-version-alert'
import { isStatusOutcome, SaveOutcomeMessage } from './save-outcome'

// What not every visit shows loads on demand: the declaration (far down the page) once the
// form is drawn, the conflict window as soon as there is something to save.
const loadDeclaration = () => import('../declaration/declaration-section')
const DeclarationSection = lazy(() =>
  loadDeclaration().then((module) => ({ default: module.DeclarationSection })),
)
const loadConflictModal = () => import('./conflict-modal')
const ConflictModal = lazy(() =>
  loadConflictModal().then((module) => ({ default: module.ConflictModal })),
)

interface FranceConnectFormProps {
  tenantId: string
  saved: VersionedSettings
  tenant: UseQueryResult<Tenant>
  catalogue: EnvironmentCatalogue
  catalogueUnavailable: boolean
}

/** The tab's form: owns the values, validation, saving and what the user is told. */
export function FranceConnectForm({
  tenantId,
  saved,
  tenant,
  catalogue,
  catalogueUnavailable,
}: FranceConnectFormProps) {
  const { environments } = catalogue
  const { requestTimeoutMs } = useRuntimeConfig()
  const form = useForm<SettingsFormValues, SettingsFormContext, SettingsInput>({
    defaultValues: toFormValues(saved.settings, environments),
    resolver: settingsResolver,
    context: { stored: saved.settings },
    shouldFocusError: false,
  })
  const flow = useSaveFlow(form, tenantId, saved, environments)
  const roundTrip = useDraftRoundTrip(form, tenantId)
  const disabling = useDisableConfirmation()
  const [restored, setRestored] = useState<RestoredVersion | null>(null)
  const { isDirty } = form.formState
  // A status about the saved state stops being true as soon as the user changes something.
  const outcome = flow.outcome && isStatusOutcome(flow.outcome) && isDirty ? null : flow.outcome

  useEffect(() => {
    void loadDeclaration()
  }, [])
  useEffect(() => {
    if (isDirty) void loadConflictModal()
  }, [isDirty])

  function cancelChanges() {
    form.reset()
    setRestored(null)
    flow.setOutcome({ type: 'cancelled' })
  }

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => void flow.submitForm(event)}
        aria-label="Réglages FranceConnect"
      >
        {roundTrip.restored && isDirty && (
          <Alert type="info" role="status" title="Vos modifications ont été restaurées">
            <p>
              Elles ne sont pas encore enregistrées. Le secret client n’est jamais conservé dans le
              navigateur : si vous l’aviez saisi, saisissez-le de nouveau, puis enregistrez.
            </p>
          </Alert>
        )}
        {/* Until saved (a new version) or cancelled. */}
        {restored?.etag === saved.etag && isDirty && (
          <RestoredVersionAlert key={restored.serial} version={restored} />
        )}
        {/* Each section drawn in its turn, once the ones above are painted (short tasks on a
            phone, top down). */}
        <AfterFirstPaint>
          <ActivationSection savedEnabled={saved.settings.enabled} askToDisable={disabling.ask} />
        </AfterFirstPaint>
        <AfterFirstPaint>
          <ButtonSection stored={saved.settings} />
        </AfterFirstPaint>
        <AfterFirstPaint>
          <ConnectionTextSection />
        </AfterFirstPaint>
        <AfterFirstPaint>
          <KeySection stored={saved.settings} catalogue={environments} />
        </AfterFirstPaint>
        <AfterFirstPaint>
          <EnvironmentSection
            catalogue={catalogue}
            catalogueUnavailable={catalogueUnavailable}
            storedUrl={saved.settings.environmentUrl}
          />
        </AfterFirstPaint>
        <AfterFirstPaint>
          <ConnectionTestSection tenantId={tenantId} />
        </AfterFirstPaint>
        <AfterFirstPaint>
          <div className="fc-save-outcome">
            {outcome && (
              <SaveOutcomeMessage
                outcome={outcome}
                timeoutMs={requestTimeoutMs}
                onRetry={() => void flow.submitForm()}
              />
            )}
          </div>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button className="fr-btn" type="submit" disabled={!isDirty}>
                Enregistrer
              </button>
            </li>
            <li>
              <button
                className="fr-btn fr-btn--secondary"
                type="button"
                disabled={!isDirty}
                onClick={cancelChanges}
              >
                Annuler les modifications
              </button>
            </li>
          </ul>
        </AfterFirstPaint>
      </form>
      {disabling.question && (
        <DisableConfirmationModal
          onAnswer={disabling.answer}
          returnFocusTo={disabling.question.returnFocusTo}
        />
      )}
      {flow.conflict && (
        <Suspense fallback={null}>
          <ConflictModal
            conflict={flow.conflict}
            catalogue={environments}
            onReloadTheirs={flow.reloadTheirs}
            onOverwrite={() => void flow.overwrite()}
            onClose={flow.dismissConflict}
          />
        </Suspense>
      )}
      <AfterFirstPaint>
        <Suspense fallback={null}>
          <DeclarationSection tenant={tenant} stored={saved.settings} catalogue={environments} />
        </Suspense>
      </AfterFirstPaint>
      <AfterFirstPaint>
        <LazyHistorySection
          tenantId={tenantId}
          catalogue={environments}
          saved={saved}
          askToDisable={disabling.ask}
          onRestored={(version) => {
            flow.setOutcome(null)
            setRestored(version)
          }}
        />
      </AfterFirstPaint>
      {flow.sessionExpired && (
        <SessionExpiredModal
          onSignIn={() => roundTrip.signInAgain(flow.sessionExpired?.signInUrl ?? null)}
          onClose={flow.dismissSessionExpired}
        />
      )}
      <LeaveGuard active={isDirty && !roundTrip.leaving} />
    </FormProvider>
  )
}
