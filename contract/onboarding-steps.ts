import { type Environment, findEnvironment, isProductionEnvironment } from './catalogue'
import type { HistoryEntry } from './history'
import type { TenantSummary } from './tenants-overview'
import {
  DATAPASS_STATE_LABELS,
  DOSSIER_STATE_LABELS,
  SANDBOX_STATE_LABELS,
  type Milestone,
  type Onboarding,
} from './onboarding'

/** The six steps of the procedure, in its order. */
export const ONBOARDING_STEPS = [
  { id: 'datapass', title: 'Habilitation DataPass' },
  { id: 'sandbox', title: 'Bac à sable' },
  { id: 'production', title: 'Demande de mise en production' },
  { id: 'key', title: 'Clé reçue' },
  { id: 'connection', title: 'Connexion vérifiée' },
  { id: 'enabled', title: 'FranceConnect activé' },
] as const
export type OnboardingStepId = (typeof ONBOARDING_STEPS)[number]['id']

/** Days a request may wait in « soumise » or « en instruction » before the overview flags it. */
export const DEFAULT_WAITING_DAYS = 10

/** What kind of key the settings hold: on production, on a test environment, or none. */
export type KeyKind = 'production' | 'test' | 'none'

export interface KeySettings {
  enabled: boolean
  clientId: string
  clientSecretConfigured: boolean
  environmentUrl: string
  updatedAt: string | null
  updatedBy: string | null
}

/** FranceConnect's production hosts: the v1 and v2 platforms, and the v2 OpenID issuer. */
const PRODUCTION_HOST = /^(app|oidc)\.franceconnect\.gouv\.fr$/

export function keyKindOf(settings: KeySettings, catalogue: readonly Environment[]): KeyKind {
  if (settings.clientId === '' || settings.environmentUrl === '') return 'none'
  const environment = findEnvironment(catalogue, settings.environmentUrl)
  if (environment && isProductionEnvironment(environment)) return 'production'
  try {
    return PRODUCTION_HOST.test(new URL(settings.environmentUrl).hostname) ? 'production' : 'test'
  } catch {
    return 'test'
  }
}

const KEY_FIELDS = new Set(['clientId', 'environmentUrl'])
const at = (entry: HistoryEntry): NonNullable<Milestone> => ({ at: entry.at, by: entry.actor.name })
const notBefore = (entry: HistoryEntry, milestone: NonNullable<Milestone>) =>
  milestone.at === null || entry.at >= milestone.at

/**
 * The milestones after the typed steps, derived from the settings and the journal (newest
 * first): the production key saved, the last connection test passed on it, FranceConnect on.
 * The mock API and the reference server both answer with it.
 */
export function onboardingMilestones(
  settings: KeySettings,
  journal: readonly HistoryEntry[],
  catalogue: readonly Environment[],
): Onboarding['milestones'] {
  const none = { keySaved: null, connectionVerified: null, enabled: null }
  if (keyKindOf(settings, catalogue) !== 'production' || !settings.clientSecretConfigured)
    return none
  const keyEntry = journal.find(
    (entry) =>
      entry.kind === 'settings-saved' &&
      entry.changes.some((change) =>
        'change' in change ? change.change !== 'removed' : KEY_FIELDS.has(change.field),
      ),
  )
  const keySaved = keyEntry ? at(keyEntry) : { at: settings.updatedAt, by: settings.updatedBy }
  const lastTest = journal.find((entry) => entry.kind === 'connection-tested')
  const connectionVerified =
    lastTest?.connectionTest?.outcome === 'passed' && notBefore(lastTest, keySaved)
      ? at(lastTest)
      : null
  let enabled: Milestone = null
  if (settings.enabled) {
    const switchedOn = journal.find(
      (entry) =>
        entry.kind === 'settings-saved' &&
        entry.changes.some(
          (change) => change.field === 'enabled' && 'after' in change && change.after === true,
        ),
    )
    enabled = switchedOn && notBefore(switchedOn, keySaved) ? at(switchedOn) : keySaved
  }
  return { keySaved, connectionVerified, enabled }
}

const stepAt = (index: number) => ONBOARDING_STEPS[index] ?? ONBOARDING_STEPS[0]

export type StepStatus = 'done' | 'current' | 'todo' | 'skipped'

export interface OnboardingProgress {
  /** 1 to 6: the step to work on, or 6 when every step is done. */
  step: number
  stepId: OnboardingStepId
  /** The step's state in French, for « étape N sur 6 – titre (état) ». */
  state: string
  complete: boolean
  statuses: Record<OnboardingStepId, StepStatus>
}

/** Where the procedure stands: every mandatory step before the current one is done. */
export function onboardingProgress(onboarding: Onboarding): OnboardingProgress {
  const { datapass, sandbox, production, milestones } = onboarding
  const done: Record<OnboardingStepId, boolean> = {
    datapass: datapass.state === 'validated',
    sandbox: sandbox.state === 'keys_entered',
    production: production.state === 'accepte',
    key: milestones.keySaved !== null,
    connection: milestones.connectionVerified !== null,
    enabled: milestones.enabled !== null,
  }
  // The sandbox is optional: it is the current step only while it is under way and the
  // production request is not filed yet.
  const sandboxUnderWay = sandbox.state === 'created' && production.state === 'not_filed'
  const current = ONBOARDING_STEPS.findIndex(({ id }) =>
    id === 'sandbox' ? sandboxUnderWay : !done[id],
  )
  const complete = current === -1
  const index = complete ? ONBOARDING_STEPS.length - 1 : current
  const stepId = stepAt(index).id
  const statuses = Object.fromEntries(
    ONBOARDING_STEPS.map(({ id }, position) => {
      if (done[id]) return [id, 'done']
      if (position === current) return [id, 'current']
      if (id === 'sandbox' && (position < index || sandbox.state === 'not_requested'))
        return [id, 'skipped']
      return [id, 'todo']
    }),
  ) as Record<OnboardingStepId, StepStatus>
  return {
    step: index + 1,
    stepId,
    state: stepState(onboarding, stepId, complete),
    complete,
    statuses,
  }
}

function stepState(onboarding: Onboarding, stepId: OnboardingStepId, complete: boolean): string {
  if (complete) return 'terminée'
  if (stepId === 'datapass') return DATAPASS_STATE_LABELS[onboarding.datapass.state]
  if (stepId === 'sandbox') return SANDBOX_STATE_LABELS[onboarding.sandbox.state]
  if (stepId === 'production') return DOSSIER_STATE_LABELS[onboarding.production.state]
  return 'à faire'
}

/** « étape 3 sur 6 – Demande de mise en production (en instruction) ». */
export function progressLabel(progress: Pick<OnboardingProgress, 'step' | 'state'>): string {
  const { title } = stepAt(progress.step - 1)
  return `étape ${progress.step} sur ${ONBOARDING_STEPS.length} – ${title} (${progress.state})`
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days since an instant, in the server's clock. */
export const daysSince = (iso: string, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS))

/** Whether a request has waited too long in « soumise » (DataPass) or « en instruction ». */
export function waitingTooLong(onboarding: Onboarding, now: Date, days: number): boolean {
  const { datapass, production } = onboarding
  const waits = (since: { at: string } | null) => since !== null && daysSince(since.at, now) > days
  return (
    (datapass.state === 'submitted' && waits(datapass.stateSince)) ||
    (production.state === 'en_instruction' && waits(production.stateSince))
  )
}

export const ONBOARDING_WARNINGS = {
  'key-before-acceptance':
    'Une clé de production est enregistrée alors que le dossier de mise en production n’est pas accepté : vérifiez l’état du dossier.',
  'dossier-without-habilitation':
    'Un dossier de mise en production est en cours sans habilitation DataPass validée : FranceConnect le refusera.',
  'test-key-after-acceptance':
    'Le dossier est accepté, mais l’onglet utilise encore une clé d’intégration ou de bac à sable : enregistrez la clé de production reçue.',
} as const
export type OnboardingWarning = keyof typeof ONBOARDING_WARNINGS

/** Where the steps disagree with each other or with the settings. */
export function onboardingWarnings(onboarding: Onboarding, keyKind: KeyKind): OnboardingWarning[] {
  const { datapass, production, milestones } = onboarding
  const warnings: OnboardingWarning[] = []
  if (milestones.keySaved && production.state !== 'accepte') warnings.push('key-before-acceptance')
  if (production.state !== 'not_filed' && datapass.state !== 'validated')
    warnings.push('dossier-without-habilitation')
  if (production.state === 'accepte' && keyKind === 'test')
    warnings.push('test-key-after-acceptance')
  return warnings
}

export type OnboardingSummary = NonNullable<TenantSummary['onboarding']>

/** Since when the current step is current: its typed state's date, or the last milestone's. */
function currentSince(onboarding: Onboarding, stepId: OnboardingStepId, complete: boolean) {
  const { datapass, sandbox, production, milestones } = onboarding
  if (complete) return milestones.enabled?.at ?? null
  switch (stepId) {
    case 'datapass':
      return datapass.stateSince?.at ?? null
    case 'sandbox':
      return sandbox.stateSince?.at ?? null
    case 'production':
    case 'key':
      return production.stateSince?.at ?? null
    case 'connection':
      return milestones.keySaved?.at ?? null
    case 'enabled':
      return milestones.connectionVerified?.at ?? milestones.keySaved?.at ?? null
  }
}

/** A tenant's onboarding as the overview shows it (1.6): step, state, since when, waiting. */
export function onboardingSummary(
  onboarding: Onboarding,
  now: Date,
  waitingDays: number,
): OnboardingSummary {
  const progress = onboardingProgress(onboarding)
  return {
    step: progress.step,
    stepId: progress.stepId,
    state: progress.state,
    since: currentSince(onboarding, progress.stepId, progress.complete),
    waiting: waitingTooLong(onboarding, now, waitingDays),
  }
}
