import type { Database } from '../../server/db/database'
import { openPostgres } from '../../server/db/postgres'
import { insertTenant, NEW_TENANT_SETTINGS } from '../../server/db/tenants-repository'
import type { ReferenceServerTarget } from './reference-server'

/** One connection pool per reference server's database, for as long as the worker lives. */
const databases = new Map<string, Promise<Database>>()

/**
 * A new tenant on the reference server, made with the code of `npm run tenants -- add` (the
 * command itself is tested in server/process.test.ts), without starting a process per journey.
 */
export async function addTenant(server: ReferenceServerTarget): Promise<string> {
  const id = `e2e-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`
  let database = databases.get(server.databaseUrl)
  if (!database) {
    database = openPostgres(server.databaseUrl, 2)
    databases.set(server.databaseUrl, database)
  }
  const tenant = { id, name: `Espace de test ${id}`, portalBaseUrl: `https://${id}.example.fr` }
  await (await database).transaction((tx) => insertTenant(tx, tenant, NEW_TENANT_SETTINGS))
  return id
}

/** Closes the connection pools, at the end of the worker. */
export async function closeTenantDatabases() {
  for (const database of databases.values()) await (await database).close()
  databases.clear()
}
