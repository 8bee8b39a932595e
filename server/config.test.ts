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

  it('names the onboarding’s wording and waiting time after the procedure’s, unless told otherwise', () => {
    expect(loadConfig({}).onboarding).toEqual({
      editorName: 'MGDIS',
      solutionName: 'Aiden',
      waitingDays: 10,
    })
    const config = loadConfig({
      ONBOARDING_EDITOR_NAME: ' Éditions du Portail ',
      ONBOARDING_SOLUTION_NAME: 'Guichet',
      ONBOARDING_WAITING_DAYS: '21',
    })
    expect(config.onboarding).toEqual({
      editorName: 'Éditions du Portail',
      solutionName: 'Guichet',
      waitingDays: 21,
    })
  })

  it('refuses a waiting time that is not a whole number of days, or an empty name, saying why', () => {
    for (const days of ['0', '-3', '1.5', 'dix', '', '10000']) {
      expect(() => loadConfig({ ONBOARDING_WAITING_DAYS: days }), days).toThrow(
        /ONBOARDING_WAITING_DAYS doit être un nombre entier de jours/,
      )
    }
    expect(() => loadConfig({ ONBOARDING_EDITOR_NAME: '  ' })).toThrow(
      /ONBOARDING_EDITOR_NAME doit être un nom de 1 à 100 caractères/,
    )
    expect(() => loadConfig({ ONBOARDING_SOLUTION_NAME: 'x'.repeat(101) })).toThrow(
      /ONBOARDING_SOLUTION_NAME doit être un nom/,
    )
  })

  it('without sign-in, listens only on a loopback address', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
      expect(isLoopback(host)).toBe(true)
      expect(() => assertSafeToListen({ host, oidc: null, trustProxy: false })).not.toThrow()
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'admin.example.fr']) {
      expect(() => assertSafeToListen({ host, oidc: null, trustProxy: false })).toThrow(
        /refuse d’écouter sur/,
      )
    }
  })

  const sso = {
    OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
    OIDC_CLIENT_ID: 'reglages',
    OIDC_CLIENT_SECRET: 'secret',
    PUBLIC_URL: 'https://admin.example.fr/france-connect',
  }

  it('signs administrators in with OpenID Connect when all four settings are given', () => {
    const config = loadConfig({ ...sso, HOST: '0.0.0.0' })
    expect(config.oidc).toMatchObject({
      clientId: 'reglages',
      scopes: 'openid email profile',
      tenantsClaim: 'fc_tenants',
      // email_verified is needed for a grant by address, unless OIDC_EMAILS_VERIFIED=1.
      emailsVerified: false,
    })
    expect(loadConfig({ ...sso, OIDC_EMAILS_VERIFIED: '1' }).oidc?.emailsVerified).toBe(true)
    // The redirect URI is {PUBLIC_URL}/auth/callback.
    expect(config.oidc?.publicUrl.href).toBe('https://admin.example.fr/france-connect/')
    expect(() => assertSafeToListen(config)).not.toThrow()
    expect(() => loadConfig({ ...sso, OIDC_CLIENT_SECRET: '' })).toThrow(
      /il manque OIDC_CLIENT_SECRET/,
    )
  })

  it('refuses an identity provider, or a public address, over http', () => {
    expect(() => loadConfig({ ...sso, OIDC_ISSUER: 'http://sso.example.fr' })).toThrow(
      /OIDC_ISSUER doit être en https/,
    )
    expect(() => loadConfig({ ...sso, PUBLIC_URL: 'http://admin.example.fr/' })).toThrow(
      /PUBLIC_URL doit être en https/,
    )
    // A loopback address served on a loopback host may stay http (development, tests).
    expect(loadConfig({ ...sso, PUBLIC_URL: 'http://127.0.0.1:8080/' }).oidc?.publicUrl.href).toBe(
      'http://127.0.0.1:8080/',
    )
  })

  it('trusts a given number of proxies, or their addresses, never every hop', () => {
    const trust = (value: string) => loadConfig({ ...sso, TRUST_PROXY: value }).trustProxy
    expect(trust('0')).toBe(false)
    expect(trust('false')).toBe(false)
    expect(trust('1')).toBe(1)
    expect(trust('2')).toBe(2)
    expect(trust('10.0.0.5, 10.0.1.0/24,::1,loopback')).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
      'loopback',
    ])
    expect(() => trust('true')).toThrow(/TRUST_PROXY=true ferait confiance à tout intermédiaire/)
    for (const wrong of ['oui', '10.0.0.0/33', 'proxy.example.fr', '11', '-1', ','])
      expect(() => trust(wrong), wrong).toThrow(/TRUST_PROXY invalide/)
  })

  it('refuses the local mode behind a proxy, which would answer for everyone', () => {
    const config = loadConfig({ TRUST_PROXY: '1' })
    expect(() => assertSafeToListen(config)).toThrow(
      /Le mode local .* ne fonctionne pas derrière un proxy/,
    )
    expect(() => assertSafeToListen(loadConfig({ ...sso, TRUST_PROXY: '1' }))).not.toThrow()
  })
})
