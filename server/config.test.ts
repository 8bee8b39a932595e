import { describe, expect, it } from 'vitest'
import { generateKeyText } from './secrets/keyring'
import { assertSafeToListen, isLoopback, loadConfig } from './config'

describe('the server’s configuration', () => {
  it('defaults to the embedded database in .data, on 127.0.0.1:8080', () => {
    const config = loadConfig({}, '/srv/app')
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      storage: { kind: 'embedded', dataDir: '/srv/app/.data' },
      seedDemo: undefined,
      defaultTenant: 'portaildesaides',
    })
  })

  it('uses PostgreSQL with DATABASE_URL, and refuses to start without a key for it', () => {
    const url = 'postgres://app@db.example.fr/reglages'
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/aucune clé de chiffrement/)
    const config = loadConfig({ DATABASE_URL: url, SECRETS_KEY: generateKeyText(), SEED_DEMO: '1' })
    expect(config.storage).toEqual({ kind: 'postgres', url, poolSize: 10 })
    expect(config.seedDemo).toBe(true)
  })

  it('names each invalid setting', () => {
    expect(() => loadConfig({ PORT: 'huit-mille', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL doit commencer par postgres/,
    )
  })

  it('listens only on a loopback address until administrators sign in', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
      expect(isLoopback(host)).toBe(true)
      expect(() => assertSafeToListen({ host })).not.toThrow()
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'admin.example.fr']) {
      expect(() => assertSafeToListen({ host })).toThrow(/refuse d’écouter sur/)
    }
  })
})
