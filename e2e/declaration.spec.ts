import { readFile } from 'node:fs/promises'
import { expect, test } from './support/fixtures'
import { DeclarationSection } from './pages/declaration'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const SERVICE_URL = 'https://portaildesaides.mgcloud.fr/aides'
const LOGIN_REDIRECT =
  'https://portaildesaides.mgcloud.fr/account-management/portaildesaides-demandeurs/france-connect/code'

test.describe('for the procedure’s example tenant', { tag: '@mock' }, () => {
  test('the tab shows exactly the procedure’s values, copies each one or all, and downloads them', async ({
    page,
    tab,
    freshTenant,
  }) => {
    await tab.goto(freshTenant)
    const declaration = new DeclarationSection(page)

    const expected = [
      ['Nom du fournisseur de service', 'le nom du fournisseur de service', 'Portail des aides'],
      ['URL de votre service', 'l’URL de votre service', SERVICE_URL],
      ['URL de redirection de connexion', 'l’URL de redirection de connexion', LOGIN_REDIRECT],
      ['URL de redirection de déconnexion', 'l’URL de redirection de déconnexion', SERVICE_URL],
      ['Algorithme de signature', 'l’algorithme de signature', 'ES256'],
      ['Niveau eIDAS', 'le niveau eIDAS', 'eidas1'],
    ] as const
    for (const [label, copyName, value] of expected) {
      await expect(declaration.field(label)).toHaveValue(value)
      await declaration.copyButton(copyName).click()
      await expect(declaration.field(label)).toHaveAccessibleDescription(
        /Copié dans le presse-papiers/,
      )
      expect(await declaration.clipboard()).toBe(value)
    }

    // The name can be adjusted before copying; the whole block copies as text or downloads as JSON.
    await declaration.field('Nom du fournisseur de service').fill('Portail des aides de la Région')
    await expect(declaration.section.getByRole('radio', { name: /^Non/ })).toBeChecked()

    await declaration.copyAllButton.click()
    await expect(declaration.section).toContainText('Toute la déclaration a été copiée')
    expect(await declaration.clipboard()).toBe(
      [
        'Nom du fournisseur de service : Portail des aides de la Région',
        `URL de votre service : ${SERVICE_URL}`,
        `URL de redirection de connexion : ${LOGIN_REDIRECT}`,
        `URL de redirection de déconnexion : ${SERVICE_URL}`,
        'Algorithme de signature : ES256',
        'Niveau eIDAS : eidas1',
        'Réutiliser les subs d’un fournisseur de service FranceConnect v1 : Non',
      ].join('\n'),
    )

    const download = page.waitForEvent('download')
    await declaration.downloadButton.click()
    const file = await download
    expect(file.suggestedFilename()).toBe('declaration-franceconnect-portaildesaides.json')
    expect(JSON.parse(await readFile(await file.path(), 'utf8'))).toMatchObject({
      serviceProviderName: 'Portail des aides de la Région',
      serviceUrl: SERVICE_URL,
      loginRedirectUrl: LOGIN_REDIRECT,
      logoutRedirectUrl: SERVICE_URL,
      signatureAlgorithm: 'ES256',
      eidasLevel: 'eidas1',
      reuseV1Subs: false,
    })
  })
})

test(
  'a tenant that already offered FranceConnect is told to reuse its subs, with its client ID',
  { tag: '@backend' },
  async ({ page, tab, configuredTenant }) => {
    await tab.goto(configuredTenant)
    const declaration = new DeclarationSection(page)
    const storedClientId = await tab.clientId.inputValue()
    await expect(declaration.section.getByRole('radio', { name: /^Oui/ })).toBeChecked()
    await expect(declaration.field('Identifiant v1 à réutiliser')).toHaveValue(storedClientId)
    await declaration.copyButton('l’identifiant v1 à réutiliser').click()
    expect(await declaration.clipboard()).toBe(storedClientId)

    await declaration.section.getByRole('radio', { name: /^Non/ }).check()
    await expect(declaration.field('Identifiant v1 à réutiliser')).toHaveCount(0)
  },
)

test(
  'URLs that cannot work in production are flagged when production is chosen',
  { tag: '@backend' },
  async ({ page, tab, mockApi, referenceServer }) => {
    test.skip(
      !mockApi && !referenceServer,
      'relies on the demo tenant recette-exemple, served from http://localhost:8080',
    )
    await tab.goto('recette-exemple')
    const declaration = new DeclarationSection(page)
    await expect(declaration.field('URL de votre service')).toHaveValue(
      'http://localhost:8080/aides',
    )
    await expect(declaration.section.getByText('Ces URL ne conviennent pas')).toHaveCount(0)

    await tab.chooseEnvironment('Production')
    await expect(declaration.section).toContainText(
      'Ces URL ne conviennent pas à l’environnement choisi',
    )
    await expect(declaration.section).toContainText('n’est pas en https')
    await expect(declaration.section).toContainText('joignable que localement')
  },
)
