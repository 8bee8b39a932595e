import { createHmac, randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import type { KeySources } from '../config'
import { ConfigError } from '../config'

export interface SecretKey {
  /** Derived from the key, so that it names the key without revealing it. */
  id: string
  material: Buffer
}

/** The key that encrypts, and every key that may still decrypt (during a rotation). */
export interface Keyring {
  current: SecretKey
  byId(id: string): SecretKey | undefined
  ids(): string[]
}

const KEY_BYTES = 32

export function keyId(material: Buffer): string {
  return createHmac('sha256', material)
    .update('reglages-franceconnect key id')
    .digest('hex')
    .slice(0, 16)
}

/** A key from its base64 text; `origin` names where it came from, for the message. */
export function parseKey(text: string, origin: string): SecretKey {
  const trimmed = text.trim()
  const material = Buffer.from(trimmed, 'base64')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || material.length !== KEY_BYTES) {
    throw new ConfigError(
      `${origin} doit contenir 32 octets aléatoires encodés en base64 (44 caractères), ` +
        'par exemple la sortie de « openssl rand -base64 32 » ou de « npm run secrets -- generate-key ».',
    )
  }
  return { id: keyId(material), material }
}

export function readKeyFile(path: string): SecretKey {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new ConfigError(`Fichier de clé illisible : ${path}.`)
  }
  return parseKey(text, `Le fichier de clé ${path}`)
}

export const generateKeyText = () => randomBytes(KEY_BYTES).toString('base64')

export function createKeyring(current: SecretKey, others: SecretKey[] = []): Keyring {
  const all = new Map([...others, current].map((key) => [key.id, key]))
  return {
    current,
    byId: (id) => all.get(id),
    ids: () => [...all.keys()],
  }
}

/** The files of the key generated for the embedded database, in DATA_DIR. */
export const embeddedKeyFiles = (dataDir: string) => ({
  current: join(dataDir, 'secrets.key'),
  /** Written before a rotation re-encrypts, renamed to `current` once it is done. */
  next: join(dataDir, 'secrets.key.next'),
  /** The key a rotation replaced, kept to read a backup made before it. */
  previous: join(dataDir, 'secrets.key.previous'),
})

/** Writes a new key file readable by its owner only; fails if the file exists. */
export function writeNewKeyFile(path: string, text = generateKeyText()): SecretKey {
  const fd = openSync(path, 'wx', 0o600)
  try {
    writeSync(fd, `${text}\n`)
  } finally {
    closeSync(fd)
  }
  chmodSync(path, 0o600)
  return parseKey(text, path)
}

const lostKeyFileMessage = (file: string) =>
  `Le fichier de clé ${file} est absent, alors que la base contient des secrets chiffrés avec ` +
  'lui : le serveur ne crée pas de nouvelle clé, qui n’en ouvrirait aucun. Restaurez ce ' +
  'fichier depuis votre sauvegarde (puis « chmod 600 »), ou indiquez la clé par ' +
  'SECRETS_KEY_FILE ou SECRETS_KEY. Si elle est perdue pour de bon, « npm run secrets -- ' +
  'forget-unreadable » dit quels secrets sont illisibles et, avec --yes, les efface.'

export interface LoadedKeyring {
  keyring: Keyring
  /** Set when this start generated the key (embedded database without a configured key). */
  generatedFile?: string
  /** Key files that others than their owner may read. */
  looseFiles: string[]
}

const isLoose = (path: string) => (statSync(path).mode & 0o077) !== 0

/**
 * The keyring from SECRETS_KEY / SECRETS_KEY_FILE (plus SECRETS_PREVIOUS_KEYS / _FILES), or,
 * for the embedded database with none of them, from DATA_DIR/secrets.key, created if absent
 * only when `mayCreate` (the database holds no secret: a new key would open none of them).
 */
export function loadKeyring(
  sources: KeySources,
  embeddedDataDir: string | null,
  { mayCreate = true }: { mayCreate?: boolean } = {},
): LoadedKeyring {
  const previous = [
    ...sources.previousKeys.map((text, index) =>
      parseKey(text, `SECRETS_PREVIOUS_KEYS (clé n° ${index + 1})`),
    ),
    ...sources.previousKeyFiles.map(readKeyFile),
  ]
  const looseFiles = [...sources.previousKeyFiles].filter(isLoose)
  if (sources.key) {
    return { keyring: createKeyring(parseKey(sources.key, 'SECRETS_KEY'), previous), looseFiles }
  }
  if (sources.keyFile) {
    if (isLoose(sources.keyFile)) looseFiles.push(sources.keyFile)
    return { keyring: createKeyring(readKeyFile(sources.keyFile), previous), looseFiles }
  }
  if (embeddedDataDir === null) {
    throw new ConfigError(
      'Aucune clé de chiffrement des secrets : indiquez SECRETS_KEY ou SECRETS_KEY_FILE.',
    )
  }
  const files = embeddedKeyFiles(embeddedDataDir)
  let generatedFile: string | undefined
  if (!existsSync(files.current)) {
    if (!mayCreate) throw new ConfigError(lostKeyFileMessage(files.current))
    writeNewKeyFile(files.current)
    generatedFile = files.current
  }
  if (isLoose(files.current)) looseFiles.push(files.current)
  // A rotation interrupted after re-encrypting leaves the new key in `next`: read with it too.
  const extra = [files.next, files.previous].filter(existsSync).map(readKeyFile)
  return {
    keyring: createKeyring(readKeyFile(files.current), [...previous, ...extra]),
    ...(generatedFile ? { generatedFile } : {}),
    looseFiles,
  }
}
