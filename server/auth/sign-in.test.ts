import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { grant } from '../db/grants-repository'
import { buildApp } from '../http/app'
import { loggerOptions } from '../log'
import { addTenant, enableBody } from '../test/app'
import { TestBrowser } from '../test/browser'
import { embeddedDatabase, newKeyring, type TestDatabase } from '../test/databases'
import { startTestProvider, type TestProvider } from '../dev/oidc-provider'
import { testPki } from '../dev/pki'
import { SESSION_COOKIE } from './cookies'
import { createOidcClient } from './oidc'

const APP = 'http://127.0.0.1:8080/'
const ORIGIN = 'http://127.0.0.1:8080'

describe('signing in with OpenID Connect, and the rights it gives', () => {
  let database: TestDatabase
  let provider: TestProvider
  let app: FastifyInstance
  const logs: string[] = []
  /** The server's clock, moved forward to let sessions expire. */
  let minutesLater = 0

  beforeAll(async () => {
    database = await embeddedDatabase()
    provider = await startTestProvider(testPki(inject('pkiDirectory')), {
      clients: [
        {
          client_id: 'reglages',
          client_secret: 'secret-du-client-de-test',
          redirect_uris: [`${APP}auth/callback`],
          post_logout_redirect_uris: [APP],
        },
      ],
    })
    const oidc = {
      issuer: new URL(provider.issuer),
      clientId: 'reglages',
      clientSecret: 'secret-du-client-de-test',
      publicUrl: new URL(APP),
      scopes: 'openid email profile fc_tenants',
      tenantsClaim: 'fc_tenants',
      acrValues: null,
      emailsVerified: false,
    }
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'))
        done()
      },
    })
    app = await buildApp({
      db: database.db,
      keyring: newKeyring(),
      logger: pino(loggerOptions('trace'), sink),
      files: new Map([
        [
          '/index.html',
          { type: 'text/html', etag: '"i"', immutable: false, identity: Buffer.from('<html>') },
        ],
      ]),
      defaultTenant: 'portaildesaides',
      clock: () => new Date(Date.now() + minutesLater * 60_000),
      auth: { kind: 'oidc', publicUrl: oidc.publicUrl, oidc: createOidcClient(oidc) },
      sessionPolicy: { idleMinutes: 30, maxHours: 12 },
    })
  })
  afterAll(async () => {
    await app.close()
    await provider.close()
    await database.cleanup()
  })

  const browser = () =>
    new TestBrowser(async (request) => {
      const response = await app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers: request.headers,
        ...(request.body === undefined ? {} : { payload: request.body }),
      })
      return {
        status: response.statusCode,
        headers: response.headers as Record<string, string>,
        body: response.body,
      }
    }, APP)

  const put = (person: TestBrowser, tenantId: string, headers: Record<string, string> = {}) =>
    person.request(`/api/tenants/${tenantId}/france-connect`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': '"r1"', ...headers },
      body: JSON.stringify(enableBody()),
    })

  it('sends a signed-out visitor of a deep link to sign in, and back to that page', async () => {
    const tenantId = await addTenant(database.db)
    const person = browser()
    const page = await person.request(`/tenants/${tenantId}/france-connect?x=1`)
    expect(page.status).toBe(303)
    expect(page.location).toBe(
      `/auth/login?returnTo=${encodeURIComponent(`/tenants/${tenantId}/france-connect?x=1`)}`,
    )
    const landed = await person.signIn('bruno', page.location)
    expect(landed.url).toBe(`${APP}tenants/${tenantId}/france-connect?x=1`)
    expect(landed.body).toBe('<html>')
    expect(JSON.parse((await person.request('/api/session')).body)).toMatchObject({
      mode: 'oidc',
      user: { name: 'Bruno Bernard', subject: 'bruno', email: 'bruno.bernard@interieur.gouv.fr' },
      signOutUrl: '/auth/logout',
    })
    const saved = await put(person, tenantId, { origin: ORIGIN, 'sec-fetch-site': 'same-origin' })
    expect(saved.status).toBe(200)
    // updatedBy and the journal name the signed-in person, never what the browser says.
    expect(JSON.parse(saved.body)).toMatchObject({ updatedBy: 'Bruno Bernard' })
    const history = JSON.parse(
      (await person.request(`/api/tenants/${tenantId}/france-connect/history`)).body,
    ) as { items: { actor: unknown }[] }
    expect(history.items[0]?.actor).toEqual({ name: 'Bruno Bernard', subject: 'bruno' })
  })

  it('gives the session cookie the properties OWASP asks for, and a new one at each sign-in', async () => {
    const person = browser()
    const first = await person.follow('/auth/login')
    const form = /action="([^"]+)"/.exec(first.body)?.[1] ?? ''
    const landing = await person.request(new URL(form.replaceAll('&amp;', '&'), first.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'prompt=login&login=alice&password=x',
    })
    let response = landing
    let url = new URL(form.replaceAll('&amp;', '&'), first.url).href
    while (response.location && !response.location.startsWith(APP)) {
      url = new URL(response.location, url).href
      response = await person.request(url)
    }
    const callback = await person.request(response.location ?? '')
    const setCookie = [callback.headers['set-cookie'] ?? []].flat().join('\n')
    expect(setCookie).toMatch(
      new RegExp(
        `${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=43200`,
      ),
    )
    const token = person.cookie(new URL(APP).origin, SESSION_COOKIE)
    await person.signIn('alice')
    expect(person.cookie(new URL(APP).origin, SESSION_COOKIE)).not.toBe(token)
    // The session of before is over.
    const replayed = browser()
    replayed.setCookie(new URL(APP).origin, SESSION_COOKIE, token ?? '')
    expect((await replayed.request('/api/france-connect/environments')).status).toBe(401)
  })

  it('lets Alice configure her tenant only, and answers the same 403 for one that does not exist', async () => {
    const alice = browser()
    await alice.signIn('alice')
    const other = await addTenant(database.db)
    expect((await alice.request('/api/tenants/portaildesaides/france-connect')).status).toBe(404)
    const refused = await alice.request(`/api/tenants/${other}/france-connect`)
    const missing = await alice.request('/api/tenants/espace-qui-n-existe-pas/france-connect')
    expect(refused.status).toBe(403)
    expect(missing.status).toBe(403)
    const detailOf = (body: string) => (JSON.parse(body) as { detail: string }).detail
    expect(JSON.parse(refused.body)).toMatchObject({
      title: `Accès refusé à l’espace « ${other} »`,
    })
    expect(detailOf(refused.body)).toContain(
      `npm run admins -- grant alice.martin@portaildesaides.fr ${other}`,
    )
    expect(detailOf(missing.body)).toBe(
      detailOf(refused.body).replaceAll(other, 'espace-qui-n-existe-pas'),
    )
    expect((await put(alice, other)).status).toBe(403)
    expect((await alice.request(`/api/tenants/${other}`)).status).toBe(403)
    expect((await alice.request(`/api/tenants/${other}/france-connect/history`)).status).toBe(403)
  })

  it('adds the grants kept in the database, by subject or by email address', async () => {
    const [first, second] = [await addTenant(database.db), await addTenant(database.db)]
    const carole = browser()
    await carole.signIn('carole')
    expect((await carole.request(`/api/tenants/${first}/france-connect`)).status).toBe(403)
    await grant(database.db, 'carole', first)
    await grant(database.db, 'Carole.Petit@mairie-exemple.fr', second)
    expect((await carole.request(`/api/tenants/${first}/france-connect`)).status).toBe(200)
    expect((await carole.request(`/api/tenants/${second}/france-connect`)).status).toBe(200)
    // The overview lists, counts and exports her tenants only.
    const overview = JSON.parse((await carole.request('/api/tenants?pageSize=100')).body) as {
      items: { id: string }[]
      total: number
      summary: { total: number }
    }
    expect(overview.items.map((item) => item.id).sort()).toEqual([first, second].sort())
    expect(overview).toMatchObject({ total: 2, summary: { total: 2 } })
    const csv = await carole.request('/api/tenants', { headers: { accept: 'text/csv' } })
    expect(csv.body.trim().split('\r\n')).toHaveLength(3)
    const alice = browser()
    await alice.signIn('alice')
    const hers = JSON.parse((await alice.request('/api/tenants')).body) as {
      items: { id: string }[]
    }
    expect(hers.items.map((item) => item.id)).not.toContain(first)
  })

  it('applies a grant given to an address only to a person whose provider verified it', async () => {
    const tenantId = await addTenant(database.db)
    // Anyone may create an account with someone else's address at a provider that never checks.
    await grant(database.db, 'david.durand@mairie-exemple.fr', tenantId)
    const david = browser()
    await david.signIn('david')
    const refused = await david.request(`/api/tenants/${tenantId}/france-connect`)
    expect(refused.status).toBe(403)
    // The 403 names the grant that would work: by subject.
    expect(JSON.parse(refused.body)).toMatchObject({
      detail: expect.stringContaining(`npm run admins -- grant david ${tenantId}`) as unknown,
    })
    expect(JSON.parse((await david.request('/api/tenants')).body)).toMatchObject({ total: 0 })
    await grant(database.db, 'david', tenantId)
    expect((await david.request(`/api/tenants/${tenantId}/france-connect`)).status).toBe(200)
  })

  it('answers 401 without a session, or with an unknown or tampered cookie', async () => {
    const nobody = browser()
    const response = await nobody.request('/api/tenants/portaildesaides/france-connect')
    expect(response.status).toBe(401)
    expect(JSON.parse(response.body)).toMatchObject({ status: 401, signInUrl: '/auth/login' })
    expect(JSON.parse((await nobody.request('/api/session')).body)).toMatchObject({ user: null })

    const person = browser()
    await person.signIn('bruno')
    const token = person.cookie(new URL(APP).origin, SESSION_COOKIE) ?? ''
    const tampered = browser()
    const flipped = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`
    tampered.setCookie(new URL(APP).origin, SESSION_COOKIE, flipped)
    expect((await tampered.request('/api/france-connect/environments')).status).toBe(401)
    tampered.setCookie(new URL(APP).origin, SESSION_COOKIE, 'pas-un-jeton')
    expect((await tampered.request('/api/france-connect/environments')).status).toBe(401)
    expect((await person.request('/api/france-connect/environments')).status).toBe(200)
  })

  it('ends a session idle for too long, and one past its absolute lifetime', async () => {
    const person = browser()
    await person.signIn('bruno')
    expect((await person.request('/api/france-connect/environments')).status).toBe(200)
    minutesLater = 31
    expect((await person.request('/api/france-connect/environments')).status).toBe(401)
    minutesLater = 0

    const busy = browser()
    await busy.signIn('bruno')
    // Active every 20 minutes, yet 12 hours after signing in the session is over.
    const statuses: number[] = []
    for (let minutes = 20; minutes <= 12 * 60; minutes += 20) {
      minutesLater = minutes
      statuses.push((await busy.request('/api/france-connect/environments')).status)
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(401)
    minutesLater = 0
  })

  it('refuses a write, or a sign-out, coming from another site with the cookie', async () => {
    const tenantId = await addTenant(database.db)
    const person = browser()
    await person.signIn('bruno')
    const fromElsewhere = await put(person, tenantId, {
      origin: 'https://site-malveillant.example',
      'sec-fetch-site': 'cross-site',
    })
    expect(fromElsewhere.status).toBe(403)
    expect(JSON.parse(fromElsewhere.body)).toMatchObject({
      title: 'Requête d’une autre origine refusée',
    })
    expect((await put(person, tenantId, { 'sec-fetch-site': 'same-site' })).status).toBe(403)
    expect(
      (
        await person.request('/auth/logout', {
          method: 'POST',
          headers: { origin: 'https://site-malveillant.example' },
        })
      ).status,
    ).toBe(403)
    expect((await put(person, tenantId, { origin: ORIGIN })).status).toBe(200)
  })

  it('signs out: the session ends here and at the provider (id_token_hint)', async () => {
    const person = browser()
    await person.signIn('alice')
    const token = person.cookie(new URL(APP).origin, SESSION_COOKIE) ?? ''
    const out = await person.request('/auth/logout', {
      method: 'POST',
      headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
    })
    expect(out.status).toBe(200)
    const { redirectTo } = JSON.parse(out.body) as { redirectTo: string }
    const endSession = new URL(redirectTo)
    expect(endSession.origin + endSession.pathname).toBe(`${provider.issuer}/session/end`)
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^ey/)
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(APP)
    const again = browser()
    again.setCookie(new URL(APP).origin, SESSION_COOKIE, token)
    expect((await again.request('/api/session')).body).toContain('"user":null')
    expect((await again.request('/api/tenants/portaildesaides/france-connect')).status).toBe(401)
  })

  it('refuses a callback it did not start in this browser, or twice, and logs no code', async () => {
    const person = browser()
    const start = await person.request('/auth/login')
    const authorize = new URL(start.location ?? '')
    const state = authorize.searchParams.get('state') ?? ''
    expect(state.length).toBeGreaterThanOrEqual(32)
    expect((authorize.searchParams.get('nonce') ?? '').length).toBeGreaterThanOrEqual(32)
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')

    const stranger = browser()
    const forged = await stranger.request(`/auth/callback?code=code-vole-123&state=${state}`)
    expect(forged.status).toBe(400)
    expect(forged.body).toContain('Connexion impossible')
    // The attempt was spent: the real browser cannot replay it either.
    expect((await person.request(`/auth/callback?code=code-vole-123&state=${state}`)).status).toBe(
      400,
    )
    const all = logs.join('\n')
    expect(all).toContain('connexion refusée')
    expect(all).not.toContain('code-vole-123')
  })

  it('limits how often one address may start signing in', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 32; attempt += 1) {
      const response = await app.inject({
        method: 'GET',
        url: '/auth/login',
        remoteAddress: '203.0.113.7',
      })
      statuses.push(response.statusCode)
    }
    expect(statuses.slice(0, 30).every((status) => status === 303)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  })
})
