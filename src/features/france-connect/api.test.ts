import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../lib/api-client'
import { ApiError } from '../../lib/api-error'
import { TEST_API_BASE_URL } from '../../mocks/node'
import { fetchSettings, saveSettings } from './api'
import type { SettingsInput } from '#contract/settings'

const api = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 2_000 })
const clientId = 'd'.repeat(64)
const input: SettingsInput = {
  enabled: true,
  buttonVariant: 'FCboutons-10',
  connectionText: 'Texte',
  clientId,
  environmentUrl: 'https://app.franceconnect.gouv.fr',
  clientSecret: 'e'.repeat(64),
  previewBackground: '#FFFFFF',
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

describe('settings endpoint, against the mock API', () => {
  it('saves with the ETag it read and returns the new version, never the secret', async () => {
    const loaded = await fetchSettings(api, 'portaildesaides')
    expect(loaded.settings.clientSecretConfigured).toBe(false)

    const saved = await saveSettings(api, 'portaildesaides', input, loaded.etag)
    expect(saved.etag).not.toBe(loaded.etag)
    expect(saved.settings).toMatchObject({ enabled: true, clientId, clientSecretConfigured: true })
    expect(JSON.stringify(saved)).not.toContain(input.clientSecret)

    const reloaded = await fetchSettings(api, 'portaildesaides')
    expect(reloaded).toEqual(saved)
  })

  it('refuses a save based on a stale version with 412', async () => {
    const { etag } = await fetchSettings(api, 'portaildesaides')
    await saveSettings(api, 'portaildesaides', input, etag)
    const error = await rejection(
      saveSettings(api, 'portaildesaides', { ...input, enabled: false }, etag),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 412, title: 'Les réglages ont été modifiés entre-temps' })
  })

  it('answers 422 with a pointer when a new key comes without its secret', async () => {
    const { etag } = await fetchSettings(api, 'mairie-exemple')
    const { clientSecret: _omitted, ...withoutSecret } = input
    const error = await rejection(saveSettings(api, 'mairie-exemple', withoutSecret, etag))
    expect(error).toMatchObject({
      status: 422,
      fieldErrors: [
        {
          pointer: '/clientSecret',
          detail: expect.stringContaining('Saisissez le secret client') as unknown,
        },
      ],
    })
  })

  it('answers 404 for an unknown tenant', async () => {
    const error = await rejection(fetchSettings(api, 'inconnu'))
    expect(error).toMatchObject({ status: 404, title: 'Espace inconnu' })
  })
})
