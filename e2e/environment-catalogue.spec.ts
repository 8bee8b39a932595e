import { expect, test } from './support/fixtures'

const environments = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: /Environnement de la clé/ })

test(
  'the environments come from the server, which can add a host without a new release',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await expect(environments(page)).toContainText(
      'Liste des environnements fournie par le serveur.',
    )
    await expect(page.getByRole('radio', { name: /Nouvel hôte v3/ })).toHaveCount(0)

    await tab.goto(freshTenant, { scenario: 'catalogue-new-host' })
    await page.getByRole('radio', { name: /Nouvel hôte v3/ }).check()
    await expect(environments(page)).toContainText('https://v3.exemple-franceconnect.fr/api/v3')
  },
)

test(
  'without a catalogue from the server, the built-in list is offered and said to be',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant, { scenario: 'no-catalogue' })
    await expect(environments(page)).toContainText(
      'intégrée à l’application : le serveur n’en publie pas',
    )
    for (const name of ['Production', 'Intégration', 'Bac à sable v2', 'Plateforme v2']) {
      await expect(page.getByRole('radio', { name })).toHaveCount(1)
    }

    await tab.goto(freshTenant, { scenario: 'catalogue-error' })
    await expect(environments(page)).toContainText('n’a pas pu fournir sa liste des environnements')
    await expect(page.getByRole('radio', { name: 'Production' })).toHaveCount(1)
  },
)

test(
  'deprecated and retired hosts carry a notice, a retired one only for its user, and the stored key’s environment is named',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await expect(page.getByText('Aucune clé n’est enregistrée pour cet espace.')).toBeVisible()
    await expect(page.getByRole('radio', { name: /Intégration.*Obsolète/ })).toHaveCount(1)
    await expect(environments(page)).toContainText(
      'Environnement obsolète : FranceConnect le remplace.',
    )
    await expect(page.getByRole('radio', { name: /Plateforme v1/ })).toHaveCount(0)

    await tab.goto('ancien-portail')
    await expect(page.getByRole('radio', { name: /Plateforme v1 \(arrêtée\)/ })).toBeChecked()
    await expect(environments(page)).toContainText('Environnement arrêté')
    await expect(
      page.getByText(/La clé enregistrée appartient à l’environnement Plateforme v1/),
    ).toBeVisible()
  },
)
