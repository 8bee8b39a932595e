import { randomBytes } from 'node:crypto'
import { seedTenants } from '#contract/demo-tenants'
import { sealSecret } from '../secrets/cipher'
import type { Keyring } from '../secrets/keyring'
import type { Database } from './database'
import { insertTenant } from './tenants-repository'

/**
 * The mock API's demo tenants, same ids and data. Where the demo says a secret is stored, a
 * random one nobody knows is sealed, so that the state is true. Existing tenants are kept.
 * Returns the ids created.
 */
export async function seedDemoTenants(db: Database, keyring: Keyring): Promise<string[]> {
  const created: string[] = []
  await db.transaction(async (tx) => {
    for (const { tenant, settings, revision } of Object.values(seedTenants())) {
      const { clientSecretConfigured, updatedAt, updatedBy, ...values } = settings
      const inserted = await insertTenant(tx, tenant, {
        values: { ...values, previewBackground: values.previewBackground ?? null },
        secret: clientSecretConfigured
          ? sealSecret(keyring, tenant.id, randomBytes(32).toString('hex'))
          : null,
        revision,
        updatedAt,
        updatedBy,
      })
      if (inserted) created.push(tenant.id)
    }
  })
  return created
}
