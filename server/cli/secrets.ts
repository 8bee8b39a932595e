import { existsSync, renameSync } from 'node:fs'
import { ConfigError, loadConfig } from '../config'
import { listSealedSecrets } from '../db/tenants-repository'
import { forgetUnreadableSecrets, rotateSecrets, secretsByKey } from '../secrets/rotate'
import {
  createKeyring,
  embeddedKeyFiles,
  type Keyring,
  generateKeyText,
  loadKeyring,
  readKeyFile,
  writeNewKeyFile,
} from '../secrets/keyring'
import { openForCommand, runCommand, UsageError } from './context'

const USAGE = `Clés de chiffrement des secrets clients.

  npm run secrets -- generate-key   affiche une nouvelle clé (32 octets en base64)
  npm run secrets -- status         indique quelle clé chiffre combien de secrets
  npm run secrets -- rotate         rechiffre chaque secret avec la clé courante
  npm run secrets -- forget-unreadable [--yes]
                                    clé perdue : dit quels secrets aucune clé n’ouvre et, avec
                                    --yes, les efface (chaque espace ressaisira le sien)

Rotation avec des clés fournies (SECRETS_KEY ou SECRETS_KEY_FILE) : donnez la nouvelle clé en
SECRETS_KEY(_FILE) et l’ancienne en SECRETS_PREVIOUS_KEYS (ou SECRETS_PREVIOUS_KEY_FILES) au
serveur et à cette commande, lancez « rotate », puis retirez l’ancienne clé de la configuration.
Base embarquée sans clé fournie : « rotate » crée une nouvelle clé dans DATA_DIR/secrets.key,
rechiffre tout, et garde l’ancienne dans DATA_DIR/secrets.key.previous.`

async function status() {
  const { config, db } = await openForCommand()
  try {
    const embedded = config.storage.kind === 'embedded' ? config.dataDir : null
    const counts = await secretsByKey(db)
    const { keyring } = loadKeyring(config.keys, embedded, { mayCreate: counts.size === 0 })
    process.stdout.write(`Clé courante : ${keyring.current.id}\n`)
    if (counts.size === 0) process.stdout.write('Aucun secret enregistré.\n')
    for (const [id, count] of counts) {
      const known = keyring.byId(id) ? '' : ' (clé inconnue : secrets illisibles)'
      const current = id === keyring.current.id ? ' (courante)' : ''
      process.stdout.write(`${id}${current}${known} : ${count} secret(s)\n`)
    }
  } finally {
    await db.close()
  }
}

async function rotate() {
  const config = loadConfig()
  const { db } = await openForCommand()
  try {
    if (config.keys.key || config.keys.keyFile || config.storage.kind === 'postgres') {
      const { keyring } = loadKeyring(config.keys, null)
      const report = await rotateSecrets(db, keyring)
      process.stdout.write(
        `${report.rotated.length} secret(s) rechiffré(s) avec la clé ${keyring.current.id}, ` +
          `${report.unchanged.length} l’étai(en)t déjà. Vous pouvez retirer l’ancienne clé de la configuration.\n`,
      )
      return
    }
    // Embedded database, generated key: make a new one, re-seal, then swap the files.
    const files = embeddedKeyFiles(config.dataDir)
    const { keyring: old } = loadKeyring(config.keys, config.dataDir, { mayCreate: false })
    const next = existsSync(files.next) ? readKeyFile(files.next) : writeNewKeyFile(files.next)
    const others = old.ids().flatMap((id) => old.byId(id) ?? [])
    const report = await rotateSecrets(db, createKeyring(next, others))
    renameSync(files.current, files.previous)
    renameSync(files.next, files.current)
    process.stdout.write(
      `Nouvelle clé ${next.id} dans ${files.current} : ${report.rotated.length} secret(s) rechiffré(s). ` +
        `L’ancienne est gardée dans ${files.previous} pour relire une sauvegarde antérieure ; ` +
        'supprimez-la quand vous n’en avez plus besoin.\n',
    )
  } finally {
    await db.close()
  }
}

/**
 * The key is lost for good: the secrets no key given opens are erased, to be typed again.
 * Without --yes, only says which ones it would erase.
 */
async function forgetUnreadable(confirmed: boolean) {
  const { config, db } = await openForCommand()
  try {
    const embedded = config.storage.kind === 'embedded' ? config.dataDir : null
    let keyring: Keyring | null = null
    try {
      // Confirmed, with the generated key lost: a new one seals the secrets typed again.
      keyring = loadKeyring(config.keys, embedded, { mayCreate: confirmed }).keyring
    } catch (error) {
      if (confirmed || !(error instanceof ConfigError)) throw error
    }
    const unreadable = (await listSealedSecrets(db))
      .filter(({ secret }) => !keyring?.byId(secret.keyId))
      .map(({ tenantId }) => tenantId)
    if (unreadable.length === 0) {
      process.stdout.write('Aucun secret illisible : rien à effacer.\n')
      return
    }
    if (!confirmed || !keyring) {
      process.stdout.write(
        `${unreadable.length} secret(s) qu’aucune clé fournie n’ouvre : ${unreadable.join(', ')}.\n` +
          'Si la clé qui les a chiffrés est perdue pour de bon, relancez avec --yes pour les ' +
          'effacer (chaque espace concerné devra saisir de nouveau son secret).\n',
      )
      return
    }
    const forgotten = await forgetUnreadableSecrets(db, keyring, new Date())
    process.stdout.write(
      `${forgotten.length} secret(s) illisible(s) effacé(s) : ${forgotten.join(', ')}. ` +
        'Saisissez de nouveau le secret de chaque espace concerné dans son onglet ' +
        '« Intégration FranceConnect ».\n',
    )
  } finally {
    await db.close()
  }
}

await runCommand(async () => {
  const [command] = process.argv.slice(2)
  if (command === 'generate-key') {
    process.stdout.write(`${generateKeyText()}\n`)
    return
  }
  if (command === 'status') return status()
  if (command === 'rotate') return rotate()
  if (command === 'forget-unreadable') return forgetUnreadable(process.argv.includes('--yes'))
  throw new UsageError(USAGE)
})
