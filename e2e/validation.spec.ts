import type { Page } from '@playwright/test'
import { expect, expectSoundState, issuedClientId, newSecret, test } from './support/fixtures'

/** Counts the PUT requests the page sends to the settings endpoint. */
function countSaves(page: Page) {
  const saves = { count: 0 }
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/france-connect')) saves.count += 1
  })
  return saves
}

test(
  'an invalid client ID is refused next to its field, keeps what was typed, and sends nothing',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    const saves = countSaves(page)
    await tab.goto(freshTenant)

    await tab.clientId.fill('abc_123')
    await tab.save()

    await expect(tab.clientId).toHaveAccessibleDescription(
      /ne peut contenir que des lettres sans accent, des chiffres et des tirets/,
    )
    await expect(tab.clientId).toHaveValue('abc_123')
    await expect(tab.alert).toContainText('Identifiant client (Client ID)')
    await expect(tab.alert).toBeFocused()

    await tab.clientId.fill('0123456789abcdef')
    await expect(tab.clientId).toHaveAccessibleDescription(
      /entre 32 et 64 caractères \(actuellement 16\)/,
    )

    await tab.chooseEnvironment('Autre URL', 'http://fc.example.fr')
    await tab.save()
    await expect(tab.customEnvironmentUrl).toHaveAccessibleDescription(/doit commencer par https/)
    expect(saves.count).toBe(0)

    // The same form, once valid, does send: the counter above is a real witness.
    await tab.clientId.fill(issuedClientId())
    await tab.clientSecret.fill(newSecret())
    await tab.customEnvironmentUrl.fill('https://fc.example.fr/')
    await tab.save()
    await tab.expectSaved()
    expect(saves.count).toBe(1)
  },
)

test(
  'turning FranceConnect on requires the client ID, a secret and the environment',
  { tag: '@mock' },
  async ({ tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await tab.setActivation(true)
    await tab.save()

    await expect(tab.clientId).toHaveAccessibleDescription(/obligatoire pour activer FranceConnect/)
    await expect(tab.clientSecret).toHaveAccessibleDescription(
      /obligatoire pour activer FranceConnect/,
    )
    await expect(tab.alert).toContainText('3 champs à corriger')
    await expectSoundState(tab.page, 'form refused, with its error summary')

    await tab.setActivation(false)
    await tab.connectionText.fill('Texte enregistré sans clé.')
    await tab.save()
    await tab.expectSaved()
  },
)

test(
  'a refusal from the server is shown on the field it concerns',
  { tag: '@backend' },
  async ({ tab, freshTenant, configuredTenant, request }) => {
    // The client ID another tenant already holds: every backend refuses it (422 on the field).
    const other = await request.get(`api/tenants/${configuredTenant}/france-connect`)
    const { clientId } = (await other.json()) as { clientId: string }
    await tab.goto(freshTenant)
    await tab.clientId.fill(clientId)
    await tab.clientSecret.fill(newSecret())
    await tab.save()

    await expect(tab.clientId).toHaveAccessibleDescription(
      // The mock names the other tenant; the reference server does not (rights are per tenant).
      /déjà utilisé par (l’espace « [^»]+ »|un autre espace)/,
    )
    await expect(tab.alert).toContainText('Rien n’a été enregistré')
    await expect(tab.clientId).toHaveValue(clientId)
  },
)
