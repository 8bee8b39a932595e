import type { Database } from '../db/database'
import { listSealedSecrets, replaceSealedSecret } from '../db/tenants-repository'
import { openSecret, sealSecret, SecretUnreadableError } from './cipher'
import type { Keyring } from './keyring'

export interface RotationReport {
  /** Tenants whose secret is now sealed with the current key. */
  rotated: string[]
  /** Tenants whose secret already was. */
  unchanged: string[]
}

/**
 * Re-seals every secret that is not under the keyring's current key, in one transaction:
 * either all of them move to the new key, or none does (an unreadable one stops it all).
 */
export async function rotateSecrets(db: Database, keyring: Keyring): Promise<RotationReport> {
  return db.transaction(async (tx) => {
    const report: RotationReport = { rotated: [], unchanged: [] }
    for (const { tenantId, secret } of await listSealedSecrets(tx)) {
      if (secret.keyId === keyring.current.id) {
        report.unchanged.push(tenantId)
        continue
      }
      const plain = openSecret(keyring, tenantId, secret)
      const moved = await replaceSealedSecret(
        tx,
        tenantId,
        secret,
        sealSecret(keyring, tenantId, plain),
      )
      if (!moved)
        throw new SecretUnreadableError(
          `Le secret de l’espace « ${tenantId} » a changé pendant la rotation.`,
        )
      report.rotated.push(tenantId)
    }
    return report
  })
}

/** How many secrets each key seals: what `npm run secrets -- status` shows. */
export async function secretsByKey(db: Database): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const { secret } of await listSealedSecrets(db)) {
    counts.set(secret.keyId, (counts.get(secret.keyId) ?? 0) + 1)
  }
  return counts
}
