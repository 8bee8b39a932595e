import {
  EMPTY_ONBOARDING_INPUT,
  NO_STATES_SINCE,
  type OnboardingInput,
  type StateSince,
  type StatesSince,
} from '#contract/onboarding'
import type { Queryable } from './database'
import type { Author } from './tenants-repository'

/** A tenant's onboarding as stored: what was typed, when each state changed, its version. */
export interface OnboardingRecord {
  input: OnboardingInput
  since: StatesSince
  revision: number
  updatedAt: string | null
  updatedBy: string | null
}

/** No row: nothing typed yet, version 0. */
export const EMPTY_ONBOARDING_RECORD: OnboardingRecord = {
  input: EMPTY_ONBOARDING_INPUT,
  since: NO_STATES_SINCE,
  revision: 0,
  updatedAt: null,
  updatedBy: null,
}

type Timestamp = Date | string | null

/** The columns of `tenant_onboarding`, null throughout when a left join finds no row. */
export interface OnboardingColumns {
  datapass_number: string | null
  datapass_state: OnboardingInput['datapass']['state'] | null
  organisation_name: string | null
  siret: string | null
  sandbox_state: OnboardingInput['sandbox']['state'] | null
  dossier_number: string | null
  production_state: OnboardingInput['production']['state'] | null
  france_connect_version: OnboardingInput['production']['franceConnectVersion'] | null
  ip_address: string | null
  datapass_since_at: Timestamp
  datapass_since_by: string | null
  sandbox_since_at: Timestamp
  sandbox_since_by: string | null
  production_since_at: Timestamp
  production_since_by: string | null
  /** `revision` and the update stamp, aliased so that they sit beside the settings' own. */
  onboarding_revision: number | null
  onboarding_updated_at: Timestamp
  onboarding_updated_by: string | null
}

/** The select list of `OnboardingColumns`, for a table aliased `alias`. */
export const onboardingColumns = (alias: string) =>
  [
    'datapass_number',
    'datapass_state',
    'organisation_name',
    'siret',
    'sandbox_state',
    'dossier_number',
    'production_state',
    'france_connect_version',
    'ip_address',
    'datapass_since_at',
    'datapass_since_by',
    'sandbox_since_at',
    'sandbox_since_by',
    'production_since_at',
    'production_since_by',
  ]
    .map((column) => `${alias}.${column}`)
    .concat([
      `${alias}.revision as onboarding_revision`,
      `${alias}.updated_at as onboarding_updated_at`,
      `${alias}.updated_by as onboarding_updated_by`,
    ])
    .join(', ')

const iso = (value: Timestamp) => (value === null ? null : new Date(value).toISOString())
const sinceOf = (at: Timestamp, by: string | null): StateSince => {
  const when = iso(at)
  return when === null ? null : { at: when, by }
}

/** A row (or a left join's nulls) as a record: no row is the empty onboarding. */
export function onboardingRecordOf(row: OnboardingColumns): OnboardingRecord {
  if (row.onboarding_revision === null) return EMPTY_ONBOARDING_RECORD
  const empty = EMPTY_ONBOARDING_INPUT
  return {
    input: {
      datapass: {
        number: row.datapass_number ?? '',
        state: row.datapass_state ?? empty.datapass.state,
        organisationName: row.organisation_name ?? '',
        siret: row.siret ?? '',
      },
      sandbox: { state: row.sandbox_state ?? empty.sandbox.state },
      production: {
        dossierNumber: row.dossier_number ?? '',
        state: row.production_state ?? empty.production.state,
        franceConnectVersion: row.france_connect_version ?? empty.production.franceConnectVersion,
        ipAddress: row.ip_address ?? '',
      },
    },
    since: {
      datapass: sinceOf(row.datapass_since_at, row.datapass_since_by),
      sandbox: sinceOf(row.sandbox_since_at, row.sandbox_since_by),
      production: sinceOf(row.production_since_at, row.production_since_by),
    },
    revision: row.onboarding_revision,
    updatedAt: iso(row.onboarding_updated_at),
    updatedBy: row.onboarding_updated_by,
  }
}

export async function findOnboarding(db: Queryable, tenantId: string): Promise<OnboardingRecord> {
  const [row] = await db.query<OnboardingColumns>(
    `select ${onboardingColumns('o')} from tenant_onboarding o where o.tenant_id = $1`,
    [tenantId],
  )
  return row ? onboardingRecordOf(row) : EMPTY_ONBOARDING_RECORD
}

/**
 * Locks a tenant until the transaction ends, whether or not its onboarding has a row yet: the
 * saves of one tenant's onboarding queue there. (`no key update`: a settings save, whose journal
 * entry only needs the tenant to exist, does not wait.) False when there is no such tenant.
 */
export async function lockTenant(tx: Queryable, tenantId: string): Promise<boolean> {
  const rows = await tx.query('select id from tenants where id = $1 for no key update', [tenantId])
  return rows.length === 1
}

/**
 * Writes a tenant's onboarding at `record.revision`: a first row as it is, a stored one if, and
 * only if, it is still the version before (check and write in one statement). Returns undefined
 * when the version moved on.
 */
export async function writeOnboarding(
  tx: Queryable,
  tenantId: string,
  record: Omit<OnboardingRecord, 'updatedBy'>,
  author: Author,
): Promise<OnboardingRecord | undefined> {
  const { datapass, sandbox, production } = record.input
  const { since } = record
  const [row] = await tx.query<OnboardingColumns>(
    `insert into tenant_onboarding as o (tenant_id, datapass_number, datapass_state,
       organisation_name, siret, sandbox_state, dossier_number, production_state,
       france_connect_version, ip_address, datapass_since_at, datapass_since_by,
       sandbox_since_at, sandbox_since_by, production_since_at, production_since_by, revision,
       updated_at, updated_by, updated_by_subject)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
       $19, $20)
     on conflict (tenant_id) do update set
       datapass_number = excluded.datapass_number, datapass_state = excluded.datapass_state,
       organisation_name = excluded.organisation_name, siret = excluded.siret,
       sandbox_state = excluded.sandbox_state, dossier_number = excluded.dossier_number,
       production_state = excluded.production_state,
       france_connect_version = excluded.france_connect_version,
       ip_address = excluded.ip_address,
       datapass_since_at = excluded.datapass_since_at,
       datapass_since_by = excluded.datapass_since_by,
       sandbox_since_at = excluded.sandbox_since_at, sandbox_since_by = excluded.sandbox_since_by,
       production_since_at = excluded.production_since_at,
       production_since_by = excluded.production_since_by,
       revision = excluded.revision, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by, updated_by_subject = excluded.updated_by_subject
     where o.revision = excluded.revision - 1
     returning ${onboardingColumns('o')}`,
    [
      tenantId,
      datapass.number,
      datapass.state,
      datapass.organisationName,
      datapass.siret,
      sandbox.state,
      production.dossierNumber,
      production.state,
      production.franceConnectVersion,
      production.ipAddress,
      since.datapass?.at ?? null,
      since.datapass?.by ?? null,
      since.sandbox?.at ?? null,
      since.sandbox?.by ?? null,
      since.production?.at ?? null,
      since.production?.by ?? null,
      record.revision,
      record.updatedAt,
      author.name,
      author.subject,
    ],
  )
  return row && onboardingRecordOf(row)
}
