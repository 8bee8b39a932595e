import type { Database } from '../db/database'
import { appendJournal } from '../db/journal-repository'
import {
  findSettings,
  listSealedSecrets,
  replaceSealedSecret,
  updateSettings,
} from '../db/tenants-repository'
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

/** Who the journal says erased the secrets a lost key had sealed. */
export const COMMAND_LINE_AUTHOR = { name: 'Administrateur (ligne de commande)', subject: null }

/**
 * Erases, in one transaction, the secrets sealed with a key the keyring does not hold (the key
 * is lost for good): each tenant then says « aucun secret enregistré » instead of failing its
 * connection, a new version of its settings is journaled (« secret supprimé »), and the secret
 * is typed again in the tab. Returns the tenants concerned.
 */
export async function forgetUnreadableSecrets(
  db: Database,
  keyring: Keyring,
  at: Date,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const forgotten: string[] = []
    for (const { tenantId, secret } of await listSealedSecrets(tx)) {
      if (keyring.byId(secret.keyId)) continue
      const stored = await findSettings(tx, tenantId, { forUpdate: true })
      if (!stored) continue
      const { clientSecretConfigured: _c, updatedAt: _a, updatedBy: _b, ...rest } = stored.settings
      const values = { ...rest, previewBackground: rest.previewBackground ?? null }
      const record = await updateSettings(
        tx,
        tenantId,
        stored.revision,
        values,
        { keep: false, secret: null },
        COMMAND_LINE_AUTHOR,
        at,
      )
      if (!record) continue
      await appendJournal(tx, {
        tenantId,
        at,
        author: COMMAND_LINE_AUTHOR,
        kind: 'settings-saved',
        revision: record.revision,
        changes: [{ field: 'clientSecret', change: 'removed' }],
        values,
      })
      forgotten.push(tenantId)
    }
    return forgotten
  })
}
