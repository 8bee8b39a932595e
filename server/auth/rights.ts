import type { Queryable } from '../db/database'
import { grantedTenants } from '../db/grants-repository'
import type { Principal } from './principal'

/** Every tenant (`*`), or the set this principal may read and change. */
export type TenantRights = '*' | ReadonlySet<string>

/** What the provider's claim grants, plus the grants kept in the database. */
export async function rightsOf(db: Queryable, principal: Principal): Promise<TenantRights> {
  if (principal.kind === 'local' || principal.claimedTenants === '*') return '*'
  const granted = principal.subject
    ? await grantedTenants(db, principal.subject, principal.email)
    : []
  if (granted.includes('*')) return '*'
  return new Set([...principal.claimedTenants, ...granted])
}

export const mayAccess = (rights: TenantRights, tenantId: string) =>
  rights === '*' || rights.has(tenantId)

/**
 * The provider's claim, as a list of tenant ids or `*`: an array of strings, `"*"`, or a
 * space- or comma-separated string. Anything else grants nothing.
 */
export function tenantsFromClaim(value: unknown): '*' | string[] {
  if (value === '*') return '*'
  const items =
    typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : []
  const tenants = items.filter((item): item is string => typeof item === 'string' && item !== '')
  return tenants.includes('*') ? '*' : tenants
}
