import type { Page } from '@playwright/test'
import { expect, expectSoundState, test } from './support/fixtures'

function countLoads(page: Page) {
  const loads = { count: 0 }
  page.on('request', (request) => {
    const isRead = request.method() === 'GET' && request.resourceType() === 'fetch'
    if (isRead && new URL(request.url()).pathname.endsWith('/france-connect')) loads.count += 1
  })
  return loads
}

const settingsPage = (scenario: string) =>
  // The mock API's never-configured seed: each page has mock data of its own.
  `tenants/portaildesaides/france-connect?scenario=${scenario}`

test(
  'a failing load is retried with back-off, then says so and offers to retry',
  { tag: '@mock' },
  async ({ page }) => {
    const loads = countLoads(page)
    await page.goto(settingsPage('load-error'))
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Impossible de charger les réglages FranceConnect')
    expect(loads.count).toBe(3)
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toHaveCount(0)
    await expectSoundState(page, 'load failed')

    // The user's retry runs the same read, with the same back-off.
    await alert.getByRole('button', { name: 'Réessayer' }).click()
    await expect(alert).toContainText('Impossible de charger les réglages FranceConnect')
    await expect.poll(() => loads.count).toBe(6)
  },
)

test(
  'a load that fails twice then succeeds ends with the form, after saying it retries',
  { tag: '@mock' },
  async ({ page }) => {
    const loads = countLoads(page)
    await page.goto(settingsPage('load-flaky'))
    await expect(page.getByRole('status')).toContainText('nouvelle tentative')
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeVisible()
    expect(loads.count).toBe(3)
  },
)

test(
  'a malformed body is reported, not rendered, and an unknown tenant is said so',
  { tag: '@mock' },
  async ({ page }) => {
    const loads = countLoads(page)
    await page.goto(settingsPage('load-malformed'))
    await expect(page.getByRole('alert')).toContainText('ne respecte pas le contrat de l’API')
    await expect(page.getByLabel('Identifiant client (Client ID)')).toHaveCount(0)
    expect(loads.count).toBe(1)

    // A tenant the backend does not know: said so, with nothing to retry.
    await page.goto('tenants/espace-inconnu/france-connect')
    await expect(page.getByRole('alert')).toContainText('Espace introuvable')
    await expect(page.getByRole('alert')).toContainText(
      'Aucun espace ne porte l’identifiant « espace-inconnu »',
    )
    await expect(page.getByRole('button', { name: 'Réessayer' })).toHaveCount(0)
    await expectSoundState(page, 'unknown tenant')
  },
)
