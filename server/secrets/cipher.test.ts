import { describe, expect, it } from 'vitest'
import { newKeyring } from '../test/databases'
import { openSecret, sealSecret, SecretUnreadableError } from './cipher'
import { createKeyring, generateKeyText, keyId, parseKey } from './keyring'

describe('sealing a client secret', () => {
  const keyring = newKeyring()
  const secret = 'a3f1'.repeat(16)

  it('opens what it sealed, for the same tenant, and hides the bytes', () => {
    const sealed = sealSecret(keyring, 'mairie-exemple', secret)
    expect(sealed.keyId).toBe(keyring.current.id)
    expect(sealed.ciphertext.includes(Buffer.from(secret))).toBe(false)
    expect(openSecret(keyring, 'mairie-exemple', sealed)).toBe(secret)
    // A new IV each time: the same secret never seals to the same bytes.
    expect(sealSecret(keyring, 'mairie-exemple', secret).ciphertext).not.toEqual(sealed.ciphertext)
  })

  it('refuses a ciphertext moved to another tenant', () => {
    const sealed = sealSecret(keyring, 'mairie-exemple', secret)
    expect(() => openSecret(keyring, 'autre-espace', sealed)).toThrow(SecretUnreadableError)
  })

  it('refuses a ciphertext with any byte changed', () => {
    const sealed = sealSecret(keyring, 'mairie-exemple', secret)
    for (const position of [0, 5, 20, sealed.ciphertext.length - 1]) {
      const tampered = Buffer.from(sealed.ciphertext)
      tampered[position] = (tampered[position] ?? 0) ^ 0x01
      expect(() =>
        openSecret(keyring, 'mairie-exemple', { ...sealed, ciphertext: tampered }),
      ).toThrow(SecretUnreadableError)
    }
    expect(() =>
      openSecret(keyring, 'mairie-exemple', {
        ...sealed,
        ciphertext: sealed.ciphertext.subarray(0, 10),
      }),
    ).toThrow(SecretUnreadableError)
  })

  it('refuses a ciphertext sealed with a key it does not hold, and names keys without revealing them', () => {
    const sealed = sealSecret(keyring, 'mairie-exemple', secret)
    const other = newKeyring()
    expect(() => openSecret(other, 'mairie-exemple', sealed)).toThrow(/clé inconnue/)
    // Same id, another key (a forged id): still refused by the tag.
    const forged = createKeyring({ id: keyring.current.id, material: other.current.material })
    expect(() => openSecret(forged, 'mairie-exemple', sealed)).toThrow(SecretUnreadableError)
    expect(keyring.current.id).toMatch(/^[0-9a-f]{16}$/)
    expect(keyring.current.material.toString('hex')).not.toContain(keyring.current.id)
  })
})

describe('keys', () => {
  it('accept 32 random bytes in base64, and nothing else', () => {
    const text = generateKeyText()
    expect(parseKey(`${text}\n`, 'SECRETS_KEY').id).toBe(keyId(Buffer.from(text, 'base64')))
    for (const bad of ['', 'trop-court', Buffer.alloc(16).toString('base64'), `${text}!`]) {
      expect(() => parseKey(bad, 'SECRETS_KEY')).toThrow(/32 octets aléatoires encodés en base64/)
    }
  })
})
