import { normalizeEnvironmentUrl, type Environment } from '#contract/catalogue'
import type { HistoryEntry } from '#contract/history'
import { DEFAULT_WORDING, onboardingOf } from '#contract/onboarding'
import {
  keyKindOf,
  onboardingMilestones,
  onboardingSummary,
  type KeySettings,
  type OnboardingSummary,
} from '#contract/onboarding-steps'
import { sqlLiteral, type Queryable } from './database'
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

/** Whether a key on this environment URL is a production key, by the contract's own rule. */
const isProductionUrl = (environmentUrl: string, catalogue: readonly Environment[]) =>
  keyKindOf(
    {
      enabled: false,
      clientId: 'x',
      clientSecretConfigured: true,
      environmentUrl,
      updatedAt: null,
      updatedBy: null,
    },
    catalogue,
  ) === 'production'

const catalogueKeys = (catalogue: readonly Environment[]) =>
  catalogue.map((environment) => sqlLiteral(normalizeEnvironmentUrl(environment.url)))

/**
 * The tenants with a production key on an environment outside the catalogue (a host of the
 * production platforms spelled otherwise): the contract decides from the URL as written, which
 * SQL cannot parse alike. Few rows, read only for a filter on the step.
 */
export async function offCatalogueProductionKeys(
  db: Queryable,
  catalogue: readonly Environment[],
): Promise<string[]> {
  const listed = catalogue.length > 0 ? catalogueKeys(catalogue).join(', ') : `''`
  const rows = await db.query<{ tenant_id: string; environment_url: string }>(
    `select s.tenant_id, s.environment_url from france_connect_settings s
     where s.client_id <> '' and s.environment_url <> '' and s.secret_ciphertext is not null
       and ${ENVIRONMENT_KEY} not in (${listed})`,
  )
  return rows
    .filter((row) => isProductionUrl(row.environment_url, catalogue))
    .map((row) => row.tenant_id)
}

/**
 * `onboardingProgress(…).step`, 1 to 6, given the joins of `milestoneJoinsSql`: the first
 * mandatory step not done (the sandbox only while under way before any production dossier).
 * A production key: on a catalogue environment the contract counts as production, or one of
 * `offCatalogue` (an SQL expression on `t.id`).
 */
export function stepSql(catalogue: readonly Environment[], offCatalogue: string): string {
  const production = catalogue
    .filter((environment) => isProductionUrl(environment.url, catalogue))
    .map((environment) => sqlLiteral(normalizeEnvironmentUrl(environment.url)))
  const listed =
    production.length === 0 ? 'false' : `${ENVIRONMENT_KEY} in (${production.join(', ')})`
  const productionKey = `(s.client_id <> '' and s.secret_ciphertext is not null
    and (${listed} or ${offCatalogue}))`
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
