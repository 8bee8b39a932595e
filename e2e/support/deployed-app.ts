/**
 * A deployed app the journeys target (PLAYWRIGHT_BASE_URL), described by the environment:
 * - E2E_TENANTS: tenants of its backend the journeys may change at will, separated by commas,
 *   two per worker. Each worker owns its two for the whole run (no journey ever shares a tenant
 *   with another running at the same time) and puts them back in the state a journey expects
 *   before each journey (never configured; configured in production), through the contract;
 * - E2E_STORAGE_STATE: a Playwright storage state signed in at that app (its session cookie),
 *   when the backend asks administrators to sign in;
 * - E2E_USER_NAME: the name the backend records as author of a save, when it is known.
 */
export const deployedApp = process.env.PLAYWRIGHT_BASE_URL ?? null

export const deployedTenants = (process.env.E2E_TENANTS ?? '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean)

const TENANTS_PER_WORKER = 2

/** As many workers as the listed tenants allow, two tenants each, within `requested`. */
export function deployedWorkers(requested: number): number {
  return Math.max(1, Math.min(requested, Math.floor(deployedTenants.length / TENANTS_PER_WORKER)))
}

/** The tenants of the worker of this parallel index, or why there are none. */
export function tenantsOfWorker(
  parallelIndex: number,
): { fresh: string; configured: string } | { missing: string } {
  const [fresh, configured] = deployedTenants.slice(
    parallelIndex * TENANTS_PER_WORKER,
    (parallelIndex + 1) * TENANTS_PER_WORKER,
  )
  if (fresh && configured) return { fresh, configured }
  return {
    missing: `E2E_TENANTS lists ${deployedTenants.length} tenant(s): the journeys through the backend need two per worker (e.g. E2E_TENANTS=essai-1,essai-2), tenants they may change at will`,
  }
}

export const deployedStorageState = process.env.E2E_STORAGE_STATE

export const deployedUserName = process.env.E2E_USER_NAME
