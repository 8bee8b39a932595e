import { describe, expect, it } from 'vitest'
import { listJournal } from '../db/journal-repository'
import { findSettings } from '../db/tenants-repository'
import { addTenant, enableBody, issuedClientId, testApp } from '../test/app'
import { embeddedDatabase, newKeyring } from '../test/databases'
import { openSecret, SecretUnreadableError } from './cipher'
import { createKeyring, type Keyring } from './keyring'
import type { Database } from '../db/database'
import { COMMAND_LINE_AUTHOR, forgetUnreadableSecrets, rotateSecrets, secretsByKey } from './rotate'

/** A new tenant with FranceConnect on, its secret sealed with this keyring's key. */
async function tenantWithSecret(db: Database, keyring: Keyring) {
  const server = await testApp(db, { keyring })
  const tenantId = await addTenant(db)
  await server.app.inject({
    method: 'PUT',
    url: `/api/tenants/${tenantId}/france-connect`,
    headers: { 'if-match': '"r1"' },
    payload: enableBody(),
  })
  await server.close()
  return tenantId
}

describe('rotating the secrets’ key', () => {
  it('re-seals every secret with the new key, after which the old key is no longer needed', async () => {
    const database = await embeddedDatabase()
    const oldKeyring = newKeyring()
    const server = await testApp(database.db, { keyring: oldKeyring })
    const secrets = new Map<string, string>()
    for (let index = 0; index < 3; index += 1) {
      const tenantId = await addTenant(database.db)
      const secret = `secret-${issuedClientId()}`
      secrets.set(tenantId, secret)
      await server.app.inject({
        method: 'PUT',
        url: `/api/tenants/${tenantId}/france-connect`,
        headers: { 'if-match': '"r1"' },
        payload: enableBody(issuedClientId(), secret),
      })
    }
    await server.close()

    const newKey = newKeyring().current
    const during = createKeyring(newKey, [oldKeyring.current])
    expect(await rotateSecrets(database.db, during)).toMatchObject({ unchanged: [] })
    expect([...(await secretsByKey(database.db))]).toEqual([[newKey.id, 3]])
    // Rotating again has nothing left to do.
    expect((await rotateSecrets(database.db, during)).rotated).toEqual([])

    const after = createKeyring(newKey)
    for (const [tenantId, secret] of secrets) {
      const stored = await findSettings(database.db, tenantId)
      if (!stored?.secret) throw new Error('secret lost')
      expect(openSecret(after, tenantId, stored.secret)).toBe(secret)
      const sealed = stored.secret
      expect(() => openSecret(oldKeyring, tenantId, sealed)).toThrow(SecretUnreadableError)
    }
    await database.cleanup()
  })

  it('changes nothing when a secret cannot be opened with the keys given', async () => {
    const database = await embeddedDatabase()
    await tenantWithSecret(database.db, newKeyring())
    const before = await secretsByKey(database.db)
    await expect(rotateSecrets(database.db, newKeyring())).rejects.toThrow(SecretUnreadableError)
    expect(await secretsByKey(database.db)).toEqual(before)
    await database.cleanup()
  })

  it('erases, when the key is lost for good, only the secrets no key opens, and journals it', async () => {
    const database = await embeddedDatabase()
    const kept = newKeyring()
    const lost = newKeyring()
    const readable = await tenantWithSecret(database.db, kept)
    const unreadable = await tenantWithSecret(database.db, lost)
    const at = new Date('2026-12-07T10:00:00Z')
    expect(await forgetUnreadableSecrets(database.db, kept, at)).toEqual([unreadable])
    expect((await findSettings(database.db, unreadable))?.settings).toMatchObject({
      clientSecretConfigured: false,
      enabled: true,
      updatedBy: COMMAND_LINE_AUTHOR.name,
    })
    expect((await findSettings(database.db, readable))?.settings.clientSecretConfigured).toBe(true)
    const { items } = await listJournal(database.db, unreadable, 1, 5)
    expect(items[0]).toMatchObject({
      revision: 3,
      actor: { name: COMMAND_LINE_AUTHOR.name },
      changes: [{ field: 'clientSecret', change: 'removed' }],
    })
    // Nothing left to forget.
    expect(await forgetUnreadableSecrets(database.db, kept, at)).toEqual([])
    await database.cleanup()
  })
})
