import { describe, expect, it } from 'vitest'
import {
  clientIdSchema,
  connectionTextSchema,
  environmentUrlSchema,
  isIssuedClientIdFormat,
  settingsInputSchema,
  franceConnectSettingsSchema,
} from './settings'

const hex64 = 'a'.repeat(40) + '0123456789abcdef01234567'
const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message

describe('client ID', () => {
  it.each([
    ['the 64-hex format FranceConnect issues', hex64, hex64],
    ['32 characters, the shortest accepted', 'A'.repeat(32), 'A'.repeat(32)],
    ['64 characters with dashes', 'a-'.repeat(32), 'a-'.repeat(32)],
    ['pasted with spaces and a newline', `  ${hex64}\n`, hex64],
    ['empty (FranceConnect off)', '', ''],
  ])('accepts %s', (_, input, output) => {
    expect(clientIdSchema.parse(input)).toBe(output)
  })

  it.each([
    ['31 characters', 'a'.repeat(31), 'entre 32 et 64 caractères (actuellement 31)'],
    ['65 characters', 'a'.repeat(65), 'entre 32 et 64 caractères (actuellement 65)'],
    ['an underscore', `${'a'.repeat(40)}_`, 'lettres sans accent, des chiffres et des tirets'],
    ['an accented letter', 'é'.repeat(40), 'lettres sans accent'],
    ['a space inside', `${'a'.repeat(20)} ${'a'.repeat(20)}`, 'lettres sans accent'],
  ])('refuses %s with a French message', (_, input, expected) => {
    expect(message(clientIdSchema.safeParse(input))).toContain(expected)
  })

  it('tells the issued format apart from older formats', () => {
    expect(isIssuedClientIdFormat(hex64)).toBe(true)
    expect(isIssuedClientIdFormat(hex64.toUpperCase())).toBe(false)
    expect(isIssuedClientIdFormat('a'.repeat(48))).toBe(false)
  })
})

describe('connection text', () => {
  it('accepts 300 characters and refuses 301, saying how many there are', () => {
    expect(connectionTextSchema.safeParse('x'.repeat(300)).success).toBe(true)
    expect(message(connectionTextSchema.safeParse('x'.repeat(301)))).toBe(
      'Le texte de connexion ne peut pas dépasser 300 caractères (actuellement 301).',
    )
  })

  it('refuses a NUL, another control character or half of a surrogate pair, keeps emoji and line breaks', () => {
    for (const text of ['a\u0000b', 'a\u0007b', 'a\u007fb', 'a\ud83db', 'a\ude00b', '\ud83d'])
      expect(message(connectionTextSchema.safeParse(text)), JSON.stringify(text)).toContain(
        'caractère invisible ou invalide',
      )
    for (const text of ['Bienvenue 😀', 'une\nligne\tpuis l’autre', 'Île-de-France'])
      expect(connectionTextSchema.safeParse(text).success, text).toBe(true)
  })

  it('keeps markup as plain text and trims the edges', () => {
    expect(connectionTextSchema.parse('  <b>Bonjour</b> ')).toBe('<b>Bonjour</b>')
  })
})

describe('environment URL', () => {
  it.each([
    ['https://app.franceconnect.gouv.fr', 'https://app.franceconnect.gouv.fr'],
    ['https://app.franceconnect.gouv.fr/', 'https://app.franceconnect.gouv.fr'],
    [' https://fc.example.fr:8443/api/v2/ ', 'https://fc.example.fr:8443/api/v2'],
    ['', ''],
  ])('accepts %j', (input, output) => {
    expect(environmentUrlSchema.parse(input)).toBe(output)
  })

  it.each([
    ['http://app.franceconnect.gouv.fr', 'doit commencer par https://'],
    ['app.franceconnect.gouv.fr', 'URL complète'],
    ['https://user:pass@fc.example.fr', 'identifiant ni de mot de passe'],
    ['https://fc.example.fr/?a=1', 'ni paramètre'],
    ['javascript:alert(1)', 'doit commencer par https://'],
  ])('refuses %j', (input, expected) => {
    expect(message(environmentUrlSchema.safeParse(input))).toContain(expected)
  })
})

describe('PUT body', () => {
  const body = {
    enabled: true,
    buttonVariant: 'FCboutons-10',
    connectionText: 'Texte',
    clientId: hex64,
    environmentUrl: 'https://app.franceconnect.gouv.fr',
    previewBackground: '#FFFFFF',
  }

  it('accepts a body without secret (keep the stored one) or with one', () => {
    expect(settingsInputSchema.parse(body)).toEqual(body)
    expect(settingsInputSchema.parse({ ...body, clientSecret: ' s3cr3t ' }).clientSecret).toBe(
      's3cr3t',
    )
  })

  it('refuses an empty secret, an unknown variant and unknown keys', () => {
    expect(message(settingsInputSchema.safeParse({ ...body, clientSecret: '' }))).toContain(
      'ne peut pas être vide',
    )
    expect(message(settingsInputSchema.safeParse({ ...body, buttonVariant: 'FCboutons-12' }))).toBe(
      'Choisissez FCboutons-10 ou FCboutons-11.',
    )
    expect(settingsInputSchema.safeParse({ ...body, clientSecretConfigured: true }).success).toBe(
      false,
    )
  })
})

describe('GET body', () => {
  it('drops a secret a faulty backend would send back', () => {
    const parsed = franceConnectSettingsSchema.parse({
      enabled: false,
      buttonVariant: 'FCboutons-10',
      connectionText: '',
      clientId: '',
      clientSecretConfigured: true,
      clientSecret: 'leaked',
      environmentUrl: '',
      previewBackground: null,
      updatedAt: '2026-10-14T09:30:00.000Z',
      updatedBy: null,
    })
    expect(parsed).not.toHaveProperty('clientSecret')
  })
})
