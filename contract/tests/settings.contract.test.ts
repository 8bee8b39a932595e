import { describe, expect, it } from 'vitest'
import { contractTenant, documentErrors, exchange, expectProblem } from './contract-client'

const settingsPath = `/tenants/${encodeURIComponent(contractTenant)}/france-connect`

async function current() {
  const response = await exchange('GET', settingsPath)
  const etag = response.headers.get('ETag')
  if (response.status !== 200 || !etag) throw new Error(`GET ${settingsPath} → ${response.status}`)
  return { etag, settings: response.body as Record<string, unknown> }
}

/** The PUT body that changes nothing: what GET returned, minus the read-only fields. */
function unchanged(settings: Record<string, unknown>) {
  const { clientSecretConfigured: _c, updatedAt: _a, updatedBy: _b, ...input } = settings
  return input
}

describe(`REST contract, on ${contractTenant}`, () => {
  it('GET returns the settings with an ETag, in the documented shape, without a secret', async () => {
    const response = await exchange('GET', settingsPath)
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBeTruthy()
    expect(documentErrors('FranceConnectSettings', response.body)).toEqual([])
    expect(response.body).not.toHaveProperty('clientSecret')
  })

  it('GET on an unknown tenant answers 404 with problem details', async () => {
    expectProblem(await exchange('GET', '/tenants/espace-qui-n-existe-pas/france-connect'), 404)
  })

  it('PUT without If-Match answers 428, with a stale ETag 412', async () => {
    const { settings } = await current()
    expectProblem(await exchange('PUT', settingsPath, { body: unchanged(settings) }), 428)
    expectProblem(
      await exchange('PUT', settingsPath, {
        body: unchanged(settings),
        headers: { 'If-Match': '"version-perimee"' },
      }),
      412,
    )
  })

  it('PUT with invalid values answers 422 with a pointer per field', async () => {
    const { etag, settings } = await current()
    const response = await exchange('PUT', settingsPath, {
      body: {
        ...unchanged(settings),
        clientId: 'trop court',
        environmentUrl: 'http://non-https.example',
        // A NUL is stored by no database: refused on the field, never a 500 (1.5.1).
        connectionText: 'Bonjour\u0000',
      },
      headers: { 'If-Match': etag },
    })
    expectProblem(response, 422)
    const pointers = (response.body as { errors: { pointer: string }[] }).errors.map(
      (error) => error.pointer,
    )
    expect(pointers).toEqual(
      expect.arrayContaining(['/clientId', '/environmentUrl', '/connectionText']),
    )
  })

  it('PUT saves, returns a new ETag, and keeps the stored secret when clientSecret is absent', async () => {
    const before = await current()
    const response = await exchange('PUT', settingsPath, {
      body: unchanged(before.settings),
      headers: { 'If-Match': before.etag },
    })
    expect(response.status).toBe(200)
    expect(documentErrors('FranceConnectSettings', response.body)).toEqual([])
    expect(response.headers.get('ETag')).toBeTruthy()
    expect(response.headers.get('ETag')).not.toBe(before.etag)
    expect(response.body).toMatchObject({
      clientSecretConfigured: before.settings.clientSecretConfigured,
    })
  })

  it('PUT with a secret stores it and never sends it back', async () => {
    const { etag, settings } = await current()
    const secret = `contrat-${crypto.randomUUID()}`
    const response = await exchange('PUT', settingsPath, {
      body: { ...unchanged(settings), clientSecret: secret },
      headers: { 'If-Match': etag },
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ clientSecretConfigured: true })
    expect(response.text).not.toContain(secret)
    expect((await exchange('GET', settingsPath)).text).not.toContain(secret)
  })
})

describe(`REST contract: evolution and journal, on ${contractTenant}`, () => {
  it('PUT from a client of 1.0 (no previewBackground) saves and keeps the stored background', async () => {
    const { etag, settings } = await current()
    const { previewBackground: _added, ...firstVersion } = unchanged(settings)
    const response = await exchange('PUT', settingsPath, {
      body: firstVersion,
      headers: { 'If-Match': etag },
    })
    expect(response.status).toBe(200)
    expect((response.body as Record<string, unknown>).previewBackground ?? null).toBe(
      settings.previewBackground ?? null,
    )
  })

  it('GET …/history lists the latest change first, without the secret, or 404 without a journal', async () => {
    const { etag, settings } = await current()
    const secret = `journal-${crypto.randomUUID()}`
    const text = `Journal ${crypto.randomUUID()}`
    await exchange('PUT', settingsPath, {
      body: { ...unchanged(settings), connectionText: text, clientSecret: secret },
      headers: { 'If-Match': etag },
    })
    const response = await exchange('GET', `${settingsPath}/history?pageSize=5`)
    expect([200, 404]).toContain(response.status)
    if (response.status === 404) {
      expect(documentErrors('Problem', response.body)).toEqual([])
      return
    }
    expect(documentErrors('HistoryPage', response.body)).toEqual([])
    expect(response.text).not.toContain(secret)
    const [latest] = (response.body as { items: { changes: unknown[]; values?: unknown }[] }).items
    expect(latest?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'connectionText', after: text }),
        expect.objectContaining({ field: 'clientSecret' }),
      ]),
    )
    // 1.5: the version's values, the secret apart (a backend of an earlier version omits them).
    if (latest?.values !== undefined) {
      expect(latest.values).toEqual({
        enabled: settings.enabled,
        buttonVariant: settings.buttonVariant,
        connectionText: text,
        clientId: settings.clientId,
        environmentUrl: settings.environmentUrl,
        previewBackground: settings.previewBackground ?? null,
      })
    }
  })
})

describe(`REST contract: connection test, on ${contractTenant}`, () => {
  it('POST …/connection-test tests the saved settings, never shows the secret, and GET keeps the last; or 404 without it', async () => {
    const { etag, settings } = await current()
    const secret = `test-connexion-${crypto.randomUUID()}`
    await exchange('PUT', settingsPath, {
      body: { ...unchanged(settings), clientSecret: secret },
      headers: { 'If-Match': etag },
    })
    const tested = await exchange('POST', `${settingsPath}/connection-test`)
    expect([200, 404]).toContain(tested.status)
    if (tested.status === 404) {
      expect(documentErrors('Problem', tested.body)).toEqual([])
      return
    }
    expect(documentErrors('ConnectionTest', tested.body)).toEqual([])
    expect(tested.text).not.toContain(secret)
    const last = await exchange('GET', `${settingsPath}/connection-test`)
    expect(last.status).toBe(200)
    expect(documentErrors('LastConnectionTest', last.body)).toEqual([])
    expect(last.body).toMatchObject({ lastTest: { id: (tested.body as { id: string }).id } })
  })
})
