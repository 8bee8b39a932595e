import { ConfigError, type ServerConfig } from '../config'
import type { Database } from '../db/database'
import { loadKeyring, type LoadedKeyring } from './keyring'
import { secretsByKey } from './rotate'

export interface DatabaseKeyring extends LoadedKeyring {
  /** Secrets sealed with a key the keyring does not hold (some, never all of them). */
  unreadable: number
}

/** Where the keys came from, for a message: the variables, or the generated file. */
function keySourceName(config: Pick<ServerConfig, 'keys' | 'dataDir' | 'storage'>): string {
  if (config.keys.key) return 'SECRETS_KEY'
  if (config.keys.keyFile) return `SECRETS_KEY_FILE (${config.keys.keyFile})`
  return `${config.dataDir}/secrets.key`
}

/**
 * The keyring for this database: a key is generated (embedded database without a configured
 * one) only while the database holds no secret, and a start is refused when the database holds
 * secrets and no key given opens any of them: a lost or wrong key must not pass unnoticed
 * until every tenant's connection fails.
 */
export async function keyringForDatabase(
  db: Database,
  config: Pick<ServerConfig, 'keys' | 'dataDir' | 'storage'>,
): Promise<DatabaseKeyring> {
  const counts = await secretsByKey(db)
  const embedded = config.storage.kind === 'embedded' ? config.dataDir : null
  const loaded = loadKeyring(config.keys, embedded, { mayCreate: counts.size === 0 })
  let sealed = 0
  let unreadable = 0
  for (const [id, count] of counts) {
    sealed += count
    if (!loaded.keyring.byId(id)) unreadable += count
  }
  if (sealed > 0 && unreadable === sealed) {
    throw new ConfigError(
      `Aucune des clés fournies (${keySourceName(config)}) n’ouvre les ${sealed} secret(s) ` +
        `enregistré(s) dans la base, chiffrés avec la clé ${[...counts.keys()].join(', ')} : ` +
        'ce n’est pas la bonne clé. Indiquez celle avec laquelle ils ont été chiffrés (votre ' +
        'sauvegarde de la clé), ou ajoutez-la en SECRETS_PREVIOUS_KEYS le temps d’une rotation ' +
        '(npm run secrets -- rotate). Si elle est perdue pour de bon, « npm run secrets -- ' +
        'forget-unreadable » dit quels secrets sont illisibles et, avec --yes, les efface.',
    )
  }
  return { ...loaded, unreadable }
}
