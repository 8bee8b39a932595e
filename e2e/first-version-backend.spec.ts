import { expect, expectSoundState, tenants, test } from './fixtures'

test.skip(
  ({ mockApi }) => !mockApi,
  'the first version of the contract is played by the mock API’s “contract-1.0” scenario',
)

test('against a backend of the contract’s first version, the tab loads and saves', async ({
  page,
  tab,
}) => {
  await tab.goto(tenants.configured, { scenario: 'contract-1.0' })
  await expect(page.getByText('Adresse du portail inconnue du serveur')).toBeVisible()
  await expect(page.getByText(/ne l’enregistre pas/)).toBeVisible()
  await expectSoundState(page, 'first-version backend')

  const saves: unknown[] = []
  page.on('request', (request) => {
    if (request.method() === 'PUT') saves.push(request.postDataJSON())
  })
  await tab.connectionText.fill('Texte enregistré par un serveur 1.0')
  await tab.save()
  await tab.expectSaved()
  await page.reload()
  await expect(tab.connectionText).toHaveValue('Texte enregistré par un serveur 1.0')
  expect(saves).toHaveLength(1)
  expect(saves[0]).not.toHaveProperty('previewBackground')
})
