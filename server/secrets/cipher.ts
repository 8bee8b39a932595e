import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Keyring } from './keyring'

/** A secret as stored: which key encrypted it, and the sealed bytes. */
export interface SealedSecret {
  keyId: string
  ciphertext: Buffer
}

/** A stored secret that cannot be opened: tampered with, moved to another tenant, or key lost. */
export class SecretUnreadableError extends Error {
  override name = 'SecretUnreadableError'
}

const FORMAT = 1
const IV_BYTES = 12
const TAG_BYTES = 16

/** Binds a ciphertext to its tenant: copied to another row, it no longer opens. */
const associatedData = (tenantId: string) =>
  Buffer.from(`reglages-franceconnect/client-secret/v${FORMAT}/${tenantId}`, 'utf8')

/** AES-256-GCM: format byte, 96-bit random IV, 128-bit tag, then the ciphertext. */
export function sealSecret(keyring: Keyring, tenantId: string, secret: string): SealedSecret {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keyring.current.material, iv, {
    authTagLength: TAG_BYTES,
  })
  cipher.setAAD(associatedData(tenantId))
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return {
    keyId: keyring.current.id,
    ciphertext: Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), body]),
  }
}

export function openSecret(keyring: Keyring, tenantId: string, sealed: SealedSecret): string {
  const key = keyring.byId(sealed.keyId)
  if (!key) {
    throw new SecretUnreadableError(
      `Le secret de l’espace « ${tenantId} » a été chiffré avec une clé inconnue (${sealed.keyId}).`,
    )
  }
  const { ciphertext } = sealed
  if (ciphertext.length < 1 + IV_BYTES + TAG_BYTES || ciphertext[0] !== FORMAT) {
    throw new SecretUnreadableError(`Le secret de l’espace « ${tenantId} » est illisible.`)
  }
  const iv = ciphertext.subarray(1, 1 + IV_BYTES)
  const tag = ciphertext.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key.material, iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(associatedData(tenantId))
  decipher.setAuthTag(tag)
  try {
    const body = ciphertext.subarray(1 + IV_BYTES + TAG_BYTES)
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
  } catch {
    throw new SecretUnreadableError(
      `Le secret de l’espace « ${tenantId} » ne s’ouvre pas : il a été modifié, déplacé depuis un autre espace, ou chiffré avec une autre clé.`,
    )
  }
}
