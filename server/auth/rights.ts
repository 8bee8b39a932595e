import type { Queryable } from '../db/database'
import { grantedTenants } from '../db/grants-repository'
import { TENANT_ID_PATTERN } from '#contract/tenant'
import type { Principal } from './principal'

/** Every tenant (`*`), or the set this principal may read and change. */
export type TenantRights = '*' | ReadonlySet<string>

/**
 * What the provider's claim grants, plus the grants kept in the database: those given to the
 * subject, and those given to the email address only if the provider vouched for it (anyone
 * may put any address in an account of a provider that does not check them).
 */
export async function rightsOf(db: Queryable, principal: Principal): Promise<TenantRights> {
  if (principal.kind === 'local' || principal.claimedTenants === '*') return '*'
  const granted = principal.subject
    ? await grantedTenants(db, principal.subject, principal.emailVerified ? principal.email : null)
    : []
  if (granted.includes('*')) return '*'
  return new Set([...principal.claimedTenants, ...granted])
}

export const mayAccess = (rights: TenantRights, tenantId: string) =>
  rights === '*' || rights.has(tenantId)

/**
 * The provider's claim, as a list of tenant ids or `*`: an array of strings, `"*"`, or a
 * space- or comma-separated string. Anything else grants nothing, nor does an item that is not
 * a tenant id this server could have given.
 */
export function tenantsFromClaim(value: unknown): '*' | string[] {
  if (value === '*') return '*'
  const items =
    typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : []
  const tenants = items.filter(
    (item): item is string =>
      typeof item === 'string' && (item === '*' || TENANT_ID_PATTERN.test(item)),
  )
  return tenants.includes('*') ? '*' : tenants
}
