import { describe, expect, it } from 'vitest'
import { secretRequirement, settingsInputRules, type StoredKey } from './settings-rules'

const production = 'https://app.franceconnect.gouv.fr'
const integration = 'https://fcp-low.integ01.dev-franceconnect.fr'
const clientId = 'b'.repeat(64)
const configured: StoredKey = { clientId, environmentUrl: production, clientSecretConfigured: true }
const fresh: StoredKey = { clientId: '', environmentUrl: '', clientSecretConfigured: false }

const input = (overrides: object = {}) => ({
  enabled: true,
  buttonVariant: 'FCboutons-10',
  connectionText: '',
  clientId,
  environmentUrl: production,
  previewBackground: '#FFFFFF',
  ...overrides,
})

const errorsOf = (stored: StoredKey, body: object) => {
  const result = settingsInputRules(stored).safeParse(body)
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('/'), i.message]))
}

describe('when a new secret is required', () => {
  it.each([
    ['nothing about the key changed', configured, {}, 'optional'],
    [
      'the environment changed, FranceConnect on',
      configured,
      { environmentUrl: integration },
      'new-key',
    ],
    [
      'the environment changed, FranceConnect off',
      configured,
      { enabled: false, environmentUrl: integration },
      'new-key',
    ],
    ['the client ID changed', configured, { clientId: 'c'.repeat(64) }, 'new-key'],
    ['only a trailing slash differs', configured, { environmentUrl: `${production}/` }, 'optional'],
    ['the client ID was cleared', configured, { enabled: false, clientId: '' }, 'optional'],
    ['a new tenant is turned on', fresh, { clientId: '' }, 'to-enable'],
    [
      'a new tenant only picks its environment',
      fresh,
      { enabled: false, clientId: '' },
      'optional',
    ],
    ['a new tenant enters a client ID, FranceConnect off', fresh, { enabled: false }, 'new-key'],
  ] as const)('%s → %s', (_, stored, overrides, expected) => {
    expect(secretRequirement(stored, input(overrides))).toBe(expected)
  })
})

describe('rules depending on what is stored', () => {
  it('turning FranceConnect on needs a client ID, a secret and an environment', () => {
    expect(errorsOf(fresh, input({ clientId: '', environmentUrl: '' }))).toEqual({
      clientId: 'Saisissez l’identifiant client : il est obligatoire pour activer FranceConnect.',
      environmentUrl:
        'Choisissez l’environnement FranceConnect : il est obligatoire pour l’activer.',
      clientSecret: 'Saisissez le secret client : il est obligatoire pour activer FranceConnect.',
    })
  })

  it('lets a switched-off tenant save partial settings', () => {
    expect(errorsOf(fresh, input({ enabled: false, clientId: '', environmentUrl: '' }))).toEqual({})
  })

  it('keeps a stored secret when the key is unchanged, and refuses it for a new key', () => {
    expect(errorsOf(configured, input())).toEqual({})
    expect(errorsOf(configured, input({ environmentUrl: integration }))).toHaveProperty(
      'clientSecret',
    )
    expect(
      errorsOf(configured, input({ environmentUrl: integration, clientSecret: 'x'.repeat(64) })),
    ).toEqual({})
  })

  it('reports format errors and requirement errors together', () => {
    expect(errorsOf(fresh, input({ clientId: 'short' }))).toMatchObject({
      clientId: expect.stringContaining('entre 32 et 64') as unknown,
      clientSecret: expect.stringContaining('Saisissez le secret client') as unknown,
    })
  })
})

describe('erasing the stored secret (clientSecret: null, since 1.2)', () => {
  it('is accepted once FranceConnect is off', () => {
    expect(errorsOf(configured, input({ enabled: false, clientSecret: null }))).toEqual({})
  })

  it('is refused while FranceConnect is on, next to the secret', () => {
    expect(errorsOf(configured, input({ clientSecret: null }))).toEqual({
      clientSecret:
        'Le secret client ne peut pas être effacé tant que FranceConnect est activé : désactivez-le d’abord.',
    })
  })

  it('does not stand for the new secret a new key needs', () => {
    expect(
      errorsOf(configured, input({ enabled: false, clientId: 'c'.repeat(64), clientSecret: null })),
    ).toHaveProperty('clientSecret', expect.stringContaining('Saisissez le secret client'))
  })
})
