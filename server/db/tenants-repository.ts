import {
  DEFAULT_BUTTON_VARIANT,
  DEFAULT_CONNECTION_TEXT,
  type FranceConnectSettings,
} from '#contract/settings'
import type { Tenant } from '#contract/tenant'
import type { SealedSecret } from '../secrets/cipher'
import { toBuffer, type Queryable } from './database'

interface TenantRow {
  id: string
  name: string
  portal_base_url: string
}

interface SettingsRow {
  tenant_id: string
  enabled: boolean
  button_variant: FranceConnectSettings['buttonVariant']
  connection_text: string
  client_id: string
  environment_url: string
  preview_background: string | null
  secret_ciphertext: Uint8Array | null
  secret_key_id: string | null
  revision: number
  updated_at: Date | null
  updated_by: string | null
}

/** A tenant's settings as stored: what the API shows, its version, and the sealed secret. */
export interface SettingsRecord {
  tenantId: string
  settings: FranceConnectSettings
  revision: number
  secret: SealedSecret | null
}

/** The values a save writes (all of the settings but the derived and bookkeeping fields). */
export type SettingsValues = Omit<
  FranceConnectSettings,
  'clientSecretConfigured' | 'updatedAt' | 'updatedBy' | 'previewBackground'
> & { previewBackground: string | null }

export interface Author {
  name: string
  subject: string | null
}

const tenantOf = (row: TenantRow): Tenant => ({
  id: row.id,
  name: row.name,
  portalBaseUrl: row.portal_base_url,
})

function recordOf(row: SettingsRow): SettingsRecord {
  const ciphertext = toBuffer(row.secret_ciphertext)
  return {
    tenantId: row.tenant_id,
    revision: row.revision,
    secret: ciphertext && row.secret_key_id ? { keyId: row.secret_key_id, ciphertext } : null,
    settings: {
      enabled: row.enabled,
      buttonVariant: row.button_variant,
      connectionText: row.connection_text,
      clientId: row.client_id,
      clientSecretConfigured: ciphertext !== null,
      environmentUrl: row.environment_url,
      previewBackground: row.preview_background,
      updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
      updatedBy: row.updated_by,
    },
  }
}

/** The settings values in the order of the columns they fill. */
const valueParams = (values: SettingsValues) => [
  values.enabled,
  values.buttonVariant,
  values.connectionText,
  values.clientId,
  values.environmentUrl,
  values.previewBackground,
]

/** What a tenant created by hand starts with: FranceConnect off, the default button and text. */
export const NEW_TENANT_SETTINGS = {
  values: {
    enabled: false,
    buttonVariant: DEFAULT_BUTTON_VARIANT,
    connectionText: DEFAULT_CONNECTION_TEXT,
    clientId: '',
    environmentUrl: '',
    previewBackground: null,
  },
  secret: null,
  revision: 1,
  updatedAt: null,
  updatedBy: null,
} as const satisfies Parameters<typeof insertTenant>[2]

const SETTINGS_COLUMNS = `tenant_id, enabled, button_variant, connection_text, client_id,
  environment_url, preview_background, secret_ciphertext, secret_key_id, revision, updated_at,
  updated_by`

export async function findTenant(db: Queryable, id: string): Promise<Tenant | undefined> {
  const [row] = await db.query<TenantRow>(
    'select id, name, portal_base_url from tenants where id = $1',
    [id],
  )
  return row && tenantOf(row)
}

export async function listTenants(db: Queryable): Promise<Tenant[]> {
  const rows = await db.query<TenantRow>(
    'select id, name, portal_base_url from tenants order by id',
  )
  return rows.map(tenantOf)
}

export async function countTenants(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from tenants')
  return row?.count ?? 0
}

/** Creates a tenant with its initial settings; false when the id is taken. */
export async function insertTenant(
  tx: Queryable,
  tenant: Tenant,
  initial: {
    values: SettingsValues
    secret: SealedSecret | null
    revision: number
    updatedAt: string | null
    updatedBy: string | null
  },
): Promise<boolean> {
  const inserted = await tx.query(
    `insert into tenants (id, name, portal_base_url) values ($1, $2, $3)
     on conflict (id) do nothing returning id`,
    [tenant.id, tenant.name, tenant.portalBaseUrl],
  )
  if (inserted.length === 0) return false
  const { values, secret } = initial
  await tx.query(
    `insert into france_connect_settings (tenant_id, enabled, button_variant, connection_text,
       client_id, environment_url, preview_background, secret_ciphertext, secret_key_id, revision,
       updated_at, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      tenant.id,
      ...valueParams(values),
      secret?.ciphertext ?? null,
      secret?.keyId ?? null,
      initial.revision,
      initial.updatedAt,
      initial.updatedBy,
    ],
  )
  return true
}

/** A tenant's settings; `forUpdate` locks the row until the transaction ends. */
export async function findSettings(
  db: Queryable,
  tenantId: string,
  { forUpdate = false } = {},
): Promise<SettingsRecord | undefined> {
  const [row] = await db.query<SettingsRow>(
    `select ${SETTINGS_COLUMNS} from france_connect_settings where tenant_id = $1${forUpdate ? ' for update' : ''}`,
    [tenantId],
  )
  return row && recordOf(row)
}

/** What becomes of the stored secret: kept as it is, replaced by a new one, or erased. */
export type SecretWrite = { keep: true } | { keep: false; secret: SealedSecret | null }

/**
 * Writes the settings if, and only if, they are still at `expectedRevision`: the version check
 * and the write are one statement, so that of two concurrent saves exactly one wins, even
 * from two processes. Returns undefined when the version moved on.
 */
export async function updateSettings(
  tx: Queryable,
  tenantId: string,
  expectedRevision: number,
  values: SettingsValues,
  secret: SecretWrite,
  author: Author,
  at: Date,
): Promise<SettingsRecord | undefined> {
  const [row] = await tx.query<SettingsRow>(
    `update france_connect_settings set
       enabled = $3, button_variant = $4, connection_text = $5, client_id = $6,
       environment_url = $7, preview_background = $8,
       secret_ciphertext = case when $9::boolean then secret_ciphertext else $10::bytea end,
       secret_key_id = case when $9::boolean then secret_key_id else $11::text end,
       revision = revision + 1, updated_at = $12, updated_by = $13, updated_by_subject = $14
     where tenant_id = $1 and revision = $2
     returning ${SETTINGS_COLUMNS}`,
    [
      tenantId,
      expectedRevision,
      ...valueParams(values),
      secret.keep,
      secret.keep ? null : (secret.secret?.ciphertext ?? null),
      secret.keep ? null : (secret.secret?.keyId ?? null),
      at.toISOString(),
      author.name,
      author.subject,
    ],
  )
  return row && recordOf(row)
}

/** Every stored secret, for a key rotation. */
export async function listSealedSecrets(
  db: Queryable,
): Promise<{ tenantId: string; secret: SealedSecret }[]> {
  const rows = await db.query<{
    tenant_id: string
    secret_ciphertext: Uint8Array
    secret_key_id: string
  }>(
    `select tenant_id, secret_ciphertext, secret_key_id from france_connect_settings
     where secret_ciphertext is not null order by tenant_id`,
  )
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    secret: {
      keyId: row.secret_key_id,
      ciphertext: toBuffer(row.secret_ciphertext) ?? Buffer.alloc(0),
    },
  }))
}

/** Re-seals a secret under another key, without touching the settings' version. */
export async function replaceSealedSecret(
  tx: Queryable,
  tenantId: string,
  from: SealedSecret,
  to: SealedSecret,
): Promise<boolean> {
  const rows = await tx.query(
    `update france_connect_settings set secret_ciphertext = $3, secret_key_id = $4
     where tenant_id = $1 and secret_key_id = $2 returning tenant_id`,
    [tenantId, from.keyId, to.ciphertext, to.keyId],
  )
  return rows.length === 1
}
