import { randomBytes } from 'node:crypto'
import { demoJournal, demoOnboarding } from '#contract/demo-stories'
import { seedTenants } from '#contract/demo-tenants'
import { sealSecret } from '../secrets/cipher'
import type { Keyring } from '../secrets/keyring'
import type { Database } from './database'
import { appendJournal } from './journal-repository'
import { writeOnboarding } from './onboarding-repository'
import { insertTenant } from './tenants-repository'

/**
 * The mock API's demo tenants, same ids and data. Where the demo says a secret is stored, a
 * random one nobody knows is sealed, so that the state is true; each tenant's onboarding is at
 * its step of the procedure, and the journal tells how the settings and the onboarding came to
 * be (see `demoJournal`). Existing tenants are kept.
 * Returns the ids created.
 */
export async function seedDemoTenants(db: Database, keyring: Keyring): Promise<string[]> {
  const created: string[] = []
  await db.transaction(async (tx) => {
    for (const record of Object.values(seedTenants())) {
      const { tenant, settings, revision } = record
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
      if (!inserted) continue
      created.push(tenant.id)
      // Oldest first: the journal lists by insertion, newest first.
      for (const entry of demoJournal(record).reverse()) {
        await appendJournal(tx, {
          tenantId: tenant.id,
          at: new Date(entry.at),
          author: entry.actor,
          kind: entry.kind,
          revision: entry.revision,
          changes: entry.changes,
          values: entry.values,
        })
      }
      const onboarding = demoOnboarding(record)
      const [last] = onboarding?.entries ?? []
      if (onboarding && last) {
        // One version per save of its story, as the mock API counts them.
        await writeOnboarding(
          tx,
          tenant.id,
          {
            input: onboarding.input,
            since: onboarding.since,
            revision: onboarding.entries.length,
            updatedAt: last.at,
          },
          last.actor,
        )
      }
    }
  })
  return created
}
