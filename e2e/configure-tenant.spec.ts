import {
  againstMockApi,
  expect,
  expectSecretNowhere,
  issuedClientId,
  newSecret,
  tenants,
  test,
} from './fixtures'

test('a configurer sets up a new tenant, saves, reloads and finds every value but never the secret', async ({
  page,
  tab,
  consoleMessages,
  responseBodies,
}) => {
  const clientId = issuedClientId()
  const secret = newSecret()
  await tab.goto(tenants.fresh)

  await expect(tab.activation).not.toBeChecked()
  await expect(tab.variant('FCboutons-10')).toBeChecked()
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
})

test('the root address leads to the default tenant’s tab, and a deep link loads directly', async ({
  page,
  tab,
}) => {
  await page.goto('./')
  await expect(page).toHaveURL(/\/tenants\/[^/]+\/france-connect$/)
  await expect(tab.heading).toBeVisible()

  await tab.goto(tenants.configured)
  await expect(tab.activation).toBeChecked()
  await expect(tab.environment('Production')).toBeChecked()
})

test('the page says that data is simulated while the mock API is on', async ({ page, tab }) => {
  test.skip(!againstMockApi, 'only the mock API simulates data')
  await tab.goto(tenants.fresh)
  await expect(page.getByText('Mode démonstration : les données sont simulées.')).toBeVisible()
})

test('every name QA relies on designates exactly one control', async ({ page, tab }) => {
  await tab.goto(tenants.fresh)
  for (const label of [
    'Activer FranceConnect',
    'Texte de connexion',
    'Identifiant client (Client ID)',
    'Secret client (Client secret)',
    'Nom du fournisseur de service',
    'URL de votre service',
    'URL de redirection de connexion',
    'URL de redirection de déconnexion',
    'Algorithme de signature',
    'Niveau eIDAS',
  ]) {
    await expect(page.getByLabel(label)).toHaveCount(1)
  }
  for (const radio of ['FCboutons-10', 'FCboutons-11', 'Production', 'Intégration', 'Autre URL']) {
    await expect(page.getByRole('radio', { name: radio })).toHaveCount(1)
  }
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(1)
  await tab.chooseEnvironment('Autre URL')
  await expect(page.getByLabel('URL du service FranceConnect')).toHaveCount(1)
})
