import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { franceConnectSettingsSchema } from '#contract/settings'
import { historyPageSchema } from '#contract/history'
import { problemDetailsSchema } from '#contract/problem-details'
import { insertConnectionTest } from '../db/connection-tests-repository'
import { findSettings } from '../db/tenants-repository'
import { openSecret } from '../secrets/cipher'
import { addTenant, enableBody, issuedClientId, testApp, type TestApp } from '../test/app'
import { embeddedDatabase, postgresDatabase, type TestDatabase } from '../test/databases'

const settingsPath = (tenantId: string) => `/api/tenants/${tenantId}/france-connect`

const page = (html: string) => ({
  type: 'text/html; charset=utf-8',
  etag: `"${html.length}"`,
  immutable: false,
  identity: Buffer.from(html),
})
/** The built pages, as build/prerender.ts writes them (see src/shell.tsx). */
const pageFiles = new Map([
  ['/index.html', page('<div id="root"></div>')],
  ['/shells/france-connect.html', page('<h1>Intégration FranceConnect</h1>')],
  [
    '/shells/france-connect.local.html',
    page('<p>Mode local</p><h1>Intégration FranceConnect</h1>'),
  ],
  ['/shells/root.local.html', page('<p>Mode local</p><h1>Vue d’ensemble des espaces</h1>')],
])

describe.each([
  ['PGlite', embeddedDatabase],
  ['PostgreSQL', postgresDatabase],
])('the REST contract on %s', (_name, open) => {
  let database: TestDatabase
  let server: TestApp

  beforeAll(async () => {
    database = await open()
    server = await testApp(database.db, { files: pageFiles })
  })
  afterAll(async () => {
    await server.close()
    await database.cleanup()
  })

  const get = async (tenantId: string) => {
    const response = await server.app.inject({ method: 'GET', url: settingsPath(tenantId) })
    return {
      response,
      etag: String(response.headers.etag),
      body: response.json<Record<string, unknown>>(),
    }
  }
  const put = (tenantId: string, body: unknown, etag?: string) =>
    server.app.inject({
      method: 'PUT',
      url: settingsPath(tenantId),
      headers: etag ? { 'if-match': etag } : {},
      payload: body as Record<string, unknown>,
    })
  const expectProblem = (
    response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
    status: number,
  ) => {
    expect(response.statusCode).toBe(status)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(problemDetailsSchema.safeParse(response.json()).success).toBe(true)
    expect(response.json()).toMatchObject({ status })
  }

  it('reads a tenant’s settings with their version, in the contract’s shape', async () => {
    const tenantId = await addTenant(database.db)
    const { response, etag, body } = await get(tenantId)
    expect(response.statusCode).toBe(200)
    expect(etag).toBe('"r1"')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(franceConnectSettingsSchema.safeParse(body).success).toBe(true)
    expect(body).toMatchObject({
      enabled: false,
      clientSecretConfigured: false,
      previewBackground: null,
    })
    const tenant = await server.app.inject({ method: 'GET', url: `/api/tenants/${tenantId}` })
    expect(tenant.json()).toEqual({
      id: tenantId,
      name: `Espace ${tenantId}`,
      portalBaseUrl: `https://${tenantId}.example.fr`,
    })
  })

  it('saves, seals the secret, never returns it, and journals who changed what', async () => {
    const tenantId = await addTenant(database.db)
    const body = enableBody()
    const saved = await put(tenantId, body, (await get(tenantId)).etag)
    expect(saved.statusCode).toBe(200)
    expect(saved.headers.etag).toBe('"r2"')
    expect(saved.body).not.toContain(body.clientSecret)
    expect(saved.json()).toMatchObject({
      enabled: true,
      clientId: body.clientId,
      clientSecretConfigured: true,
      updatedBy: 'Administrateur local',
    })

    const stored = await findSettings(database.db, tenantId)
    expect(stored?.secret?.ciphertext.includes(Buffer.from(body.clientSecret))).toBe(false)
    expect(stored?.secret && openSecret(server.keyring, tenantId, stored.secret)).toBe(
      body.clientSecret,
    )

    // Replaced, then kept (no clientSecret key), then erased once FranceConnect is off.
    const { clientSecret: _kept, ...withoutSecret } = body
    await put(tenantId, { ...body, clientSecret: 'un-autre-secret' }, '"r2"')
    await put(tenantId, { ...withoutSecret, connectionText: 'Texte suivant' }, '"r3"')
    const erased = await put(
      tenantId,
      { ...withoutSecret, connectionText: 'Texte suivant', enabled: false, clientSecret: null },
      '"r4"',
    )
    expect(erased.json()).toMatchObject({ clientSecretConfigured: false })

    const history = await server.app.inject({
      method: 'GET',
      url: `${settingsPath(tenantId)}/history`,
    })
    expect(history.statusCode).toBe(200)
    const page = historyPageSchema.parse(history.json())
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 4 })
    expect(page.items.map((entry) => entry.revision)).toEqual([5, 4, 3, 2])
    expect(page.items[3]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'enabled', before: false, after: true },
        { field: 'clientId', before: '', after: body.clientId },
        { field: 'previewBackground', before: null, after: '#FFFFFF' },
        { field: 'clientSecret', change: 'set' },
      ]),
    )
    expect(page.items[2]?.changes).toEqual([{ field: 'clientSecret', change: 'replaced' }])
    expect(page.items[1]?.changes).toEqual([
      {
        field: 'connectionText',
        before: 'Connectez-vous avec FranceConnect.',
        after: 'Texte suivant',
      },
    ])
    expect(page.items[0]?.changes).toEqual([
      { field: 'enabled', before: true, after: false },
      { field: 'clientSecret', change: 'removed' },
    ])
    expect(page.items[0]?.actor).toEqual({ name: 'Administrateur local', subject: null })
    expect(history.body).not.toContain(body.clientSecret)
    expect(history.body).not.toContain('un-autre-secret')

    const second = await server.app.inject({
      method: 'GET',
      url: `${settingsPath(tenantId)}/history?page=2&pageSize=3`,
    })
    expect(second.json()).toMatchObject({
      page: 2,
      pageSize: 3,
      total: 4,
      items: [{ revision: 2 }],
    })
    expectProblem(
      await server.app.inject({
        method: 'GET',
        url: `${settingsPath(tenantId)}/history?pageSize=500`,
      }),
      400,
    )
  })

  it('lists more than ten entries newest first, and tells the latest connection test', async () => {
    const tenantId = await addTenant(database.db)
    const { clientSecret: _secret, ...sameKey } = enableBody()
    await put(tenantId, enableBody(sameKey.clientId), '"r1"')
    for (let save = 2; save <= 12; save += 1) {
      await put(tenantId, { ...sameKey, connectionText: `Version ${save + 1}` }, `"r${save}"`)
    }
    const history = historyPageSchema.parse(
      (await server.app.inject({ method: 'GET', url: `${settingsPath(tenantId)}/history` })).json(),
    )
    expect(history.total).toBe(12)
    expect(history.items.map((entry) => entry.revision)).toEqual([
      13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2,
    ])
    const firstOfTwo = await server.app.inject({
      method: 'GET',
      url: `${settingsPath(tenantId)}/history?pageSize=5`,
    })
    expect(firstOfTwo.json<{ items: { revision: number }[] }>().items[0]?.revision).toBe(13)

    for (let test = 1; test <= 11; test += 1) {
      const at = new Date(Date.UTC(2026, 0, test)).toISOString()
      await insertConnectionTest(database.db, tenantId, {
        startedAt: at,
        finishedAt: at,
        actor: { name: 'Administrateur local', subject: null },
        outcome: test === 11 ? 'passed' : 'failed',
        environmentUrl: 'https://app.franceconnect.gouv.fr',
        issuer: null,
        checks: [],
      })
    }
    const last = await server.app.inject({
      method: 'GET',
      url: `${settingsPath(tenantId)}/connection-test`,
    })
    expect(last.json()).toMatchObject({
      lastTest: { outcome: 'passed', startedAt: '2026-01-11T00:00:00.000Z' },
    })
  })

  it('answers 428 without If-Match, 412 on a stale version, and accepts If-Match: *', async () => {
    const tenantId = await addTenant(database.db)
    const body = { ...enableBody(), enabled: false }
    expectProblem(await put(tenantId, body), 428)
    expectProblem(await put(tenantId, body, '"r0"'), 412)
    expectProblem(await put(tenantId, body, 'W/"r1"'), 412)
    expect((await put(tenantId, body, '"r9", "r1"')).statusCode).toBe(200)
    expect((await put(tenantId, body, '*')).statusCode).toBe(200)
  })

  it('refuses invalid values with a pointer per field, with the contract’s own rules', async () => {
    const tenantId = await addTenant(database.db)
    const response = await put(
      tenantId,
      {
        ...enableBody(),
        clientId: 'trop court',
        environmentUrl: 'http://non-https.example',
        clientSecret: undefined,
      },
      '"r1"',
    )
    expectProblem(response, 422)
    const pointers = response
      .json<{ errors: { pointer: string }[] }>()
      .errors.map((error) => error.pointer)
    expect(pointers).toEqual(
      expect.arrayContaining(['/clientId', '/environmentUrl', '/clientSecret']),
    )
    expectProblem(await put(tenantId, { ...enableBody(), surprise: 1 }, '"r1"'), 422)
  })

  it('keeps the stored background when a client of contract 1.0 leaves it out', async () => {
    const tenantId = await addTenant(database.db)
    await put(tenantId, { ...enableBody(), previewBackground: '#000091' }, '"r1"')
    const { previewBackground: _absent, clientSecret: _secret, ...firstVersion } = enableBody()
    const saved = await put(
      tenantId,
      { ...firstVersion, clientId: (await get(tenantId)).body.clientId },
      '"r2"',
    )
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ previewBackground: '#000091' })
  })

  it('gives one FranceConnect key to one tenant only, without naming the other', async () => {
    const [first, second] = [await addTenant(database.db), await addTenant(database.db)]
    const clientId = issuedClientId()
    expect((await put(first, enableBody(clientId), '"r1"')).statusCode).toBe(200)
    const refused = await put(second, enableBody(clientId), '"r1"')
    expectProblem(refused, 422)
    expect(refused.json()).toMatchObject({ errors: [{ pointer: '/clientId' }] })
    expect(refused.body).not.toContain(first)
  })

  it('answers every bad request with its own problem, and never echoes a secret', async () => {
    const tenantId = await addTenant(database.db)
    const secret = `secret-${issuedClientId()}`
    const raw = (payload: string, contentType = 'application/json') =>
      server.app.inject({
        method: 'PUT',
        url: settingsPath(tenantId),
        headers: { 'if-match': '"r1"', 'content-type': contentType },
        payload,
      })
    const malformed = await raw(`{"clientSecret": "${secret}", oups`)
    expectProblem(malformed, 400)
    expectProblem(await raw(''), 400)
    expectProblem(await raw(`clientSecret=${secret}`, 'application/x-www-form-urlencoded'), 415)
    expectProblem(await raw(`{"clientSecret": "${secret}"}`, 'text/plain'), 415)
    expectProblem(
      await raw(JSON.stringify({ clientSecret: secret, connectionText: 'x'.repeat(70_000) })),
      413,
    )
    expectProblem(await raw('{"__proto__": {"enabled": true}}'), 400)
    expectProblem(await put('espace-inexistant', enableBody(), '"r1"'), 404)
    expectProblem(
      await server.app.inject({ method: 'GET', url: settingsPath('espace-inexistant') }),
      404,
    )
    expectProblem(
      await server.app.inject({ method: 'GET', url: '/api/tenants/espace-inexistant' }),
      404,
    )
    expectProblem(
      await server.app.inject({
        method: 'GET',
        url: `${settingsPath('espace-inexistant')}/history`,
      }),
      404,
    )
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/inconnue' }), 404)
    expectProblem(await server.app.inject({ method: 'DELETE', url: settingsPath(tenantId) }), 404)
    expect(malformed.body).not.toContain(secret)
    expect(server.logs.join('\n')).not.toContain(secret)
    expect((await get(tenantId)).etag).toBe('"r1"')
  })

  it('refuses characters no database stores (NUL, lone surrogates) on the field, never with a 500', async () => {
    const tenantId = await addTenant(database.db)
    const body = enableBody()
    const refusedOn = async (payload: Record<string, unknown>, pointer: string) => {
      const response = await put(tenantId, payload, '"r1"')
      expectProblem(response, 422)
      expect(response.json()).toMatchObject({
        errors: [{ pointer, detail: expect.stringContaining('caractère') as unknown }],
      })
    }
    await refusedOn({ ...body, connectionText: 'Bonjour\u0000' }, '/connectionText')
    await refusedOn({ ...body, connectionText: 'Bonjour \ud800' }, '/connectionText')
    await refusedOn({ ...body, connectionText: '\udc00 fin' }, '/connectionText')
    await refusedOn({ ...body, clientSecret: 'abc\u0000def' }, '/clientSecret')
    await refusedOn(
      { ...body, environmentUrl: 'https://app.franceconnect.gouv.fr/\u0000' },
      '/environmentUrl',
    )
    // A well-formed pair (an emoji), a tab and a line break are kept as typed.
    const kept = await put(tenantId, { ...body, connectionText: 'Bienvenue 👋\tà\ntous' }, '"r1"')
    expect(kept.statusCode).toBe(200)

    for (const url of [
      settingsPath('%00'),
      settingsPath('a%00b'),
      `${settingsPath('%00')}/history`,
      `${settingsPath('%00')}/connection-test`,
      '/api/tenants/%00',
    ]) {
      expectProblem(await server.app.inject({ method: 'GET', url }), 404)
    }
    // Not UTF-8 once decoded (a lone surrogate's bytes): the address itself is unreadable.
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/tenants/%ED%A0%80' }), 400)
    expectProblem(await put('%00', body, '"r1"'), 404)
    for (const query of ['q=%00', 'q=a%00', 'environment=%00', 'q=%01'])
      expectProblem(await server.app.inject({ method: 'GET', url: `/api/tenants?${query}` }), 400)
    const logs = server.logs.join('\n')
    expect(logs).not.toContain('erreur interne')
    expect(logs).not.toContain('"params"')
  })

  it('logs requests at every level without any secret, cookie or credential', async () => {
    const tenantId = await addTenant(database.db)
    const body = enableBody()
    await server.app.inject({
      method: 'PUT',
      url: settingsPath(tenantId),
      headers: {
        'if-match': '"r1"',
        cookie: 'session=cookie-value',
        authorization: 'Bearer jeton-value',
      },
      payload: body,
    })
    const logs = server.logs.join('\n')
    expect(logs).toContain('réglages enregistrés')
    for (const leak of [body.clientSecret, 'cookie-value', 'jeton-value'])
      expect(logs).not.toContain(leak)
  })

  it('answers a page’s address with its shell, in the local mode’s variant', async () => {
    const body = async (url: string) => (await server.app.inject({ method: 'GET', url })).body
    expect(await body('/tenants/mairie-exemple/france-connect')).toBe(
      '<p>Mode local</p><h1>Intégration FranceConnect</h1>',
    )
    expect(await body('/')).toBe('<p>Mode local</p><h1>Vue d’ensemble des espaces</h1>')
    // The other pages, and a build without shells, get index.html.
    expect(await body('/preview')).toBe('<div id="root"></div>')
    expect(await body('/tenants/x/ailleurs')).toBe('<div id="root"></div>')
  })

  it('says whether it is alive and whether its database answers', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    })
    expect((await server.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
  })
})
