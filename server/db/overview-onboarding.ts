import {
  isProductionEnvironment,
  normalizeEnvironmentUrl,
  type Environment,
} from '#contract/catalogue'
import type { HistoryEntry } from '#contract/history'
import { DEFAULT_WORDING, onboardingOf } from '#contract/onboarding'
import {
  onboardingMilestones,
  onboardingSummary,
  type KeySettings,
  type OnboardingSummary,
} from '#contract/onboarding-steps'
import { sqlLiteral } from './database'
import { onboardingRecordOf, type OnboardingColumns } from './onboarding-repository'

/*
 * The overview's onboarding (1.6), over `tenants t`, `france_connect_settings s` and
 * `tenant_onboarding o` (left joined: no row is the empty onboarding). Each row's summary is
 * computed by the contract's own functions; the filters that must count every tenant (the
 * waiting rule, the step) are the same rules written in SQL, and the tests hold both equal.
 */

/** An environment URL as the catalogue is compared with (trimmed, no trailing slash). */
export const ENVIRONMENT_KEY = `rtrim(btrim(s.environment_url), '/')`

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `waitingTooLong`: « soumise » on DataPass or « en instruction » for longer than `days`
 * whole days. More than N whole days have passed since `at` when `at` ≤ now − (N + 1) days.
 */
export function waitingSql(now: Date, days: number): string {
  const cutoff = `${sqlLiteral(new Date(now.getTime() - (days + 1) * DAY_MS).toISOString())}::timestamptz`
  return `((o.datapass_state = 'submitted' and o.datapass_since_at <= ${cutoff})
    or (o.production_state = 'en_instruction' and o.production_since_at <= ${cutoff}))`
}

/**
 * `onboardingProgress(…).step`, 1 to 6, given the joins of `milestoneJoinsSql`: the first
 * mandatory step not done (the sandbox only while under way before any production dossier).
 */
export function stepSql(catalogue: readonly Environment[]): string {
  const production = catalogue
    .filter(isProductionEnvironment)
    .map((environment) => sqlLiteral(normalizeEnvironmentUrl(environment.url)))
  const productionKey =
    production.length === 0
      ? 'false'
      : `(s.client_id <> '' and ${ENVIRONMENT_KEY} in (${production.join(', ')})
          and s.secret_ciphertext is not null)`
  const keyAt = 'coalesce(key_entry.at, s.updated_at)'
  const verified = `coalesce(last_test.outcome = 'passed'
    and (${keyAt} is null or last_test.at >= ${keyAt}), false)`
  return `(case
    when o.datapass_state is distinct from 'validated' then 1
    when o.sandbox_state = 'created' and o.production_state = 'not_filed' then 2
    when o.production_state <> 'accepte' then 3
    when not ${productionKey} then 4
    when not ${verified} then 5
    else 6 end)`
}

/** A row's onboarding as the overview shows it, from its columns and its milestones' entries. */
export function onboardingSummaryOf(
  row: OnboardingColumns,
  settings: KeySettings,
  journal: readonly HistoryEntry[],
  catalogue: readonly Environment[],
  at: { now: Date; waitingDays: number },
): OnboardingSummary {
  const record = onboardingRecordOf(row)
  const onboarding = onboardingOf({
    input: record.input,
    since: record.since,
    milestones: onboardingMilestones(settings, journal, catalogue),
    wording: DEFAULT_WORDING,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  })
  return onboardingSummary(onboarding, at.now, at.waitingDays)
}
