import type { Queryable } from './database'

export interface Grant {
  principal: string
  tenant: string
  grantedAt: string
}

/** A subject stays as given; an email address is compared in lower case. */
export const normalizePrincipal = (principal: string) =>
  principal.includes('@') ? principal.trim().toLowerCase() : principal.trim()

export async function grant(db: Queryable, principal: string, tenant: string): Promise<boolean> {
  const rows = await db.query(
    `insert into admin_grants (principal, tenant) values ($1, $2)
     on conflict do nothing returning principal`,
    [normalizePrincipal(principal), tenant],
  )
  return rows.length === 1
}

export async function revoke(db: Queryable, principal: string, tenant: string): Promise<boolean> {
  const rows = await db.query(
    'delete from admin_grants where principal = $1 and tenant = $2 returning principal',
    [normalizePrincipal(principal), tenant],
  )
  return rows.length === 1
}

export async function listGrants(db: Queryable): Promise<Grant[]> {
  const rows = await db.query<{ principal: string; tenant: string; granted_at: Date }>(
    'select principal, tenant, granted_at from admin_grants order by principal, tenant',
  )
  return rows.map((row) => ({
    principal: row.principal,
    tenant: row.tenant,
    grantedAt: new Date(row.granted_at).toISOString(),
  }))
}

/** The tenants granted in the database to a subject or to an email address. */
export async function grantedTenants(
  db: Queryable,
  subject: string,
  email: string | null,
): Promise<string[]> {
  const principals = email ? [subject, normalizePrincipal(email)] : [subject]
  const rows = await db.query<{ tenant: string }>(
    'select distinct tenant from admin_grants where principal = any($1::text[])',
    [principals],
  )
  return rows.map((row) => row.tenant)
}
