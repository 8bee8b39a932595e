import { expect, expectSoundState, test } from './support/fixtures'

test(
  'against a backend of the contract’s first version, the tab loads and saves',
  { tag: '@mock' },
  async ({ page, tab, configuredTenant }) => {
    await tab.goto(configuredTenant, { scenario: 'contract-1.0' })
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
  },
)
