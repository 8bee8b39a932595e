import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { connectionTestSchema } from '#contract/connection-test'
import { declaredUrls } from '#contract/declaration'
import { insertTenant, NEW_TENANT_SETTINGS } from '../db/tenants-repository'
import { testApp, type TestApp } from '../test/app'
import { embeddedDatabase, type TestDatabase } from '../test/databases'
import {
  franceConnectToken,
  startFranceConnectStandIn,
  type FranceConnectStandIn,
} from '../dev/franceconnect-stand-in'
import { testPki } from '../dev/pki'
import { probeFetch } from './probe-http'
import { probePolicy } from './probe-policy'

/** A port nothing listens on: an environment that does not answer. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('testing the connection to FranceConnect', () => {
  let database: TestDatabase
  let franceConnect: FranceConnectStandIn
  let withoutEs256: FranceConnectStandIn
  let deadPort: number
  let server: TestApp

  beforeAll(async () => {
    const pki = testPki(inject('pkiDirectory'))
    database = await embeddedDatabase()
    franceConnect = await startFranceConnectStandIn(pki)
    withoutEs256 = await startFranceConnectStandIn(pki, { es256: false })
    deadPort = await closedPort()
    const listed = [franceConnect, withoutEs256].map((provider) => new URL(provider.issuer).host)
    server = await testApp(database.db, {
      probePolicy: probePolicy(BUILT_IN_ENVIRONMENTS, [...listed, `127.0.0.1:${deadPort}`]),
    })
  })
  afterAll(async () => {
    await server.close()
    await franceConnect.close()
    await withoutEs256.close()
    await database.cleanup()
  })

  const newTenantId = () => `mairie-${crypto.randomUUID().slice(0, 8)}`

  /** A tenant saved with this key and environment; returns its id. */
  async function tenantWith(
    settings: { environmentUrl: string; clientId: string; secret: string },
    id = newTenantId(),
  ) {
    const portal = `https://${id}.example.fr`
    await database.db.transaction((tx) =>
      insertTenant(tx, { id, name: id, portalBaseUrl: portal }, NEW_TENANT_SETTINGS),
    )
    const saved = await server.app.inject({
      method: 'PUT',
      url: `/api/tenants/${id}/france-connect`,
      headers: { 'if-match': '"r1"' },
      payload: {
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText: '',
        clientId: settings.clientId,
        environmentUrl: settings.environmentUrl,
        previewBackground: null,
        clientSecret: settings.secret,
      },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    return id
  }

  const redirectOf = (id: string) => declaredUrls(id, `https://${id}.example.fr`).loginRedirectUrl

  const run = async (tenantId: string) => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/tenants/${tenantId}/france-connect/connection-test`,
    })
    expect(response.statusCode, response.body).toBe(200)
    return connectionTestSchema.parse(response.json())
  }
  const statuses = (test: { checks: { id: string; status: string }[] }) =>
    Object.fromEntries(test.checks.map((check) => [check.id, check.status]))
  const check = (
    test: { checks: { id: string; message: string; nextStep: string | null }[] },
    id: string,
  ) => test.checks.find((item) => item.id === id)

  it('passes every check with the right key and its declared redirect URL, and records it', async () => {
    const id = newTenantId()
    const key = await franceConnect.register(redirectOf(id))
    await tenantWith(
      {
        environmentUrl: franceConnect.environmentUrl,
        clientId: key.clientId,
        secret: key.clientSecret,
      },
      id,
    )
    const test = await run(id)
    expect(statuses(test)).toEqual({
      discovery: 'passed',
      requirements: 'passed',
      client: 'passed',
      secret: 'passed',
    })
    expect(test).toMatchObject({
      outcome: 'passed',
      issuer: franceConnect.issuer,
      actor: { name: 'Administrateur local' },
    })
    expect(test.checks.every((item) => typeof item.durationMs === 'number')).toBe(true)

    const last = await server.app.inject({
      method: 'GET',
      url: `/api/tenants/${id}/france-connect/connection-test`,
    })
    expect(last.json()).toEqual({ lastTest: test })
    const history = await server.app.inject({
      method: 'GET',
      url: `/api/tenants/${id}/france-connect/history`,
    })
    expect(history.json<{ items: unknown[] }>().items[0]).toMatchObject({
      kind: 'connection-tested',
      connectionTest: { id: test.id, outcome: 'passed', failedChecks: [] },
    })
    for (const text of [last.body, history.body, server.logs.join('\n')]) {
      expect(text).not.toContain(key.clientSecret)
    }
  })

  it('says the secret is wrong', async () => {
    const registered = await franceConnect.register('https://ailleurs.example.fr/code')
    const id = await tenantWith({
      environmentUrl: franceConnect.environmentUrl,
      clientId: registered.clientId,
      secret: franceConnectToken(),
    })
    const test = await run(id)
    expect(statuses(test)).toMatchObject({
      discovery: 'passed',
      requirements: 'passed',
      secret: 'failed',
    })
    expect(check(test, 'secret')?.message).toContain('refuse le secret client')
    expect(check(test, 'secret')?.nextStep).toContain('Saisissez de nouveau le secret reçu par SMS')
    // The overview now counts this tenant among those to handle.
    const overview = await server.app.inject({ method: 'GET', url: `/api/tenants?q=${id}` })
    expect(overview.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        id,
        lastTest: { at: test.finishedAt, outcome: 'failed' },
        toHandle: ['last-test-failed'],
      }),
    ])
  })

  it('says the client ID is unknown in this environment, and does not send the secret', async () => {
    const id = await tenantWith({
      environmentUrl: franceConnect.environmentUrl,
      clientId: franceConnectToken(),
      secret: franceConnectToken(),
    })
    const test = await run(id)
    expect(statuses(test)).toMatchObject({ client: 'failed', secret: 'skipped' })
    expect(check(test, 'client')?.message).toContain(
      'ne connaît pas cet identifiant client dans cet environnement (code Y04EA6EF)',
    )
    expect(check(test, 'client')?.nextStep).toContain('délivrée pour un autre environnement')
  })

  it('says the login redirect URL is not declared, and still checks the secret', async () => {
    const key = await franceConnect.register('https://autre-portail.example.fr/code')
    const id = await tenantWith({
      environmentUrl: franceConnect.environmentUrl,
      clientId: key.clientId,
      secret: key.clientSecret,
    })
    const test = await run(id)
    expect(statuses(test)).toMatchObject({ client: 'failed', secret: 'passed' })
    expect(check(test, 'client')?.message).toContain(
      `${redirectOf(id)} n’est pas déclarée pour cette clé (code Y04C013C)`,
    )
  })

  it('says a provider without ES256 does not meet FranceConnect’s requirements', async () => {
    const key = await withoutEs256.register('https://x.example.fr/code')
    const id = await tenantWith({
      environmentUrl: withoutEs256.environmentUrl,
      clientId: key.clientId,
      secret: key.clientSecret,
    })
    const test = await run(id)
    expect(statuses(test)).toMatchObject({ discovery: 'passed', requirements: 'failed' })
    expect(check(test, 'requirements')?.message).toContain(
      'ES256 pour signer les jetons d’identité',
    )
    expect(check(test, 'requirements')?.message).toContain(
      'une clé de signature ES256 dans son JWKS',
    )
  })

  it('says an unreachable environment does not answer', async () => {
    const id = await tenantWith({
      environmentUrl: `https://127.0.0.1:${deadPort}`,
      clientId: franceConnectToken(),
      secret: franceConnectToken(),
    })
    const test = await run(id)
    expect(statuses(test)).toEqual({
      discovery: 'failed',
      requirements: 'skipped',
      client: 'skipped',
      secret: 'skipped',
    })
    expect(check(test, 'discovery')?.message).toContain('refuse la connexion')
  })

  it('refuses a host outside the allow-list without sending it anything', async () => {
    const id = await tenantWith({
      environmentUrl: 'https://fc.site-inconnu.example',
      clientId: franceConnectToken(),
      secret: franceConnectToken(),
    })
    const test = await run(id)
    expect(statuses(test)).toMatchObject({ discovery: 'failed', secret: 'skipped' })
    expect(check(test, 'discovery')?.message).toBe(
      'fc.site-inconnu.example n’est pas un hôte FranceConnect autorisé : ni dans le catalogue des environnements, ni dans FRANCECONNECT_ALLOWED_HOSTS.',
    )
  })

  it('refuses a catalogue host that resolves to a private address, unless listed', async () => {
    const { port } = new URL(franceConnect.issuer)
    const pretend = probePolicy([], [])
    const url = new URL(`https://localhost:${port}/api/v2/.well-known/openid-configuration`)
    await expect(
      probeFetch(url, { ...pretend, catalogueHosts: new Set([`localhost:${port}`]) }),
    ).rejects.toMatchObject({ reason: 'private-address' })
    await expect(
      probeFetch(new URL(`https://127.0.0.1:${port}/`), {
        ...pretend,
        catalogueHosts: new Set([`127.0.0.1:${port}`]),
      }),
    ).rejects.toMatchObject({ reason: 'private-address' })
    await expect(
      probeFetch(new URL(`http://127.0.0.1:${port}/`), probePolicy([], [`127.0.0.1:${port}`])),
    ).rejects.toMatchObject({
      reason: 'not-allowed',
    })
  })

  it('runs one test per tenant at a time, and a few per minute', async () => {
    const id = await tenantWith({
      environmentUrl: `https://127.0.0.1:${deadPort}`,
      clientId: franceConnectToken(),
      secret: franceConnectToken(),
    })
    const post = () =>
      server.app.inject({
        method: 'POST',
        url: `/api/tenants/${id}/france-connect/connection-test`,
      })
    const together = await Promise.all([post(), post()])
    expect(together.map((response) => response.statusCode).sort()).toEqual([200, 409])
    const later: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) later.push((await post()).statusCode)
    expect(later.slice(0, 4)).toEqual([200, 200, 200, 200])
    expect(later[4]).toBe(429)
  })
})
