import {
  expect,
  expectSoundState,
  expectSecretNowhere,
  issuedClientId,
  newSecret,
  test,
} from './support/fixtures'

test(
  'a configurer sets up a new tenant, saves, reloads and finds every value but never the secret',
  { tag: '@backend' },
  async ({ page, tab, consoleMessages, responseBodies, freshTenant }) => {
    const clientId = issuedClientId()
    const secret = newSecret()
    await tab.goto(freshTenant)
    await expect(tab.activation).not.toBeChecked()
    await expect(tab.variant('FCboutons-10')).toBeChecked()
    await expectSoundState(page, 'new tenant')
    // « Autre URL » shows one more field: its label must be unique as well.
    await tab.environment('Autre URL').check()
    await expectSoundState(page, 'new tenant, another URL chosen')
    await expect(tab.connectionText).toHaveValue(
      'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne',
    )

    await tab.setActivation(true)
    // The light variant, on the dark background that calls for it.
    await page.getByLabel('Couleur de fond du portail').fill('#161616')
    await tab.variant('FCboutons-11').check()
    await tab.connectionText.fill('Connectez-vous <b>simplement</b> avec FranceConnect.')
    await tab.clientId.fill(`  ${clientId}\n`)
    await tab.clientSecret.fill(secret)
    await tab.chooseEnvironment('Production')
    await tab.save()

    await tab.expectSaved()
    await expect(tab.clientSecret).toHaveValue('')
    await expect(tab.clientSecret).toHaveAccessibleName(/Un secret est enregistré/)

    await page.reload()
    await expect(tab.saveButton).toBeVisible()
    await expect(tab.activation).toBeChecked()
    await expect(tab.variant('FCboutons-11')).toBeChecked()
    await expect(page.getByLabel('Couleur de fond du portail')).toHaveValue('#161616')
    await expect(tab.connectionText).toHaveValue(
      'Connectez-vous <b>simplement</b> avec FranceConnect.',
    )
    // The connection text is shown as text next to the button, never interpreted as HTML.
    await expect(page.locator('.fc-connect-text').first()).toHaveText(
      'Connectez-vous <b>simplement</b> avec FranceConnect.',
    )
    await expect(tab.clientId).toHaveValue(clientId)
    await expect(tab.environment('Production')).toBeChecked()
    await expect(tab.clientSecret).toHaveValue('')
    await expect(tab.clientSecret).toHaveAccessibleName(/Un secret est enregistré/)
    await expect(page.getByText(/Dernière modification le/)).toBeVisible()
    await expectSecretNowhere(page, secret, { consoleMessages, responseBodies })
  },
)

test(
  'the root address shows the tenants overview, and a deep link loads directly',
  { tag: '@backend' },
  async ({ page, tab, configuredTenant, mockApi }) => {
    await page.goto('./')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vue d’ensemble des espaces' }),
    ).toBeVisible()
    await expect(page.getByRole('table', { name: /^Espaces usagers/ })).toBeVisible()
    // The mock API says on every page that data is simulated; a real backend, never.
    await expect(page.getByText('Mode démonstration : les données sont simulées.')).toHaveCount(
      Number(mockApi),
    )

    await tab.goto(configuredTenant)
    await expect(tab.activation).toBeChecked()
    await expect(tab.environment('Production')).toBeChecked()
    await expectSoundState(page, 'configured tenant')

    await page.goto('une/page/inexistante')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page non trouvée')
    await expectSoundState(page, 'page not found')
  },
)
