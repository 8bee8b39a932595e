import { contentSecurityPolicy } from '../contract/content-security-policy'
import { expect, newSecret, issuedClientId, test } from './support/fixtures'

// Every journey fails on a Content-Security-Policy violation (see the cspViolations fixture);
// this one checks that the policy is really there, strict, and that violations are caught.

test(
  'the production build runs under the strict policy, through every screen',
  { tag: '@reference-server' },
  async ({ page, tab, freshTenant }) => {
    const response = await page.goto(`tenants/${freshTenant}/france-connect`)
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy).toBe(contentSecurityPolicy())
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)

    await expect(tab.saveButton).toBeVisible()
    await tab.configure({ clientId: issuedClientId(), secret: newSecret() })
    await page.getByRole('button', { name: /^Bleu France/ }).click()
    await tab.save()
    await tab.expectSaved()
    await page.getByRole('button', { name: 'Télécharger en JSON' }).click()
    await page.getByRole('link', { name: /Ouvrir ce banc de contraste/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Banc de contraste du bouton FranceConnect',
    )
    await page.getByRole('radio', { name: 'Thème sombre' }).check()
  },
)

test('a policy violation would be caught', { tag: '@mock' }, async ({ page, cspViolations }) => {
  await page.goto('openapi.json')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.body.append(script)
  })
  await expect.poll(() => cspViolations.length).toBe(1)
  expect(cspViolations[0]).toContain('script-src')
  cspViolations.length = 0
})

test.describe('against a real backend', () => {
  test.use({ freshContext: true })

  /** The paths of the mock API's code among those the page requested. */
  const mockCode = (requested: string[]) =>
    requested.filter((path) => /mockServiceWorker|\/assets\/browser-/.test(path))

  test('the mock API is never downloaded when it is off', { tag: '@mock' }, async ({ page }) => {
    await page.route('**/config.json', async (route) => {
      await route.fulfill({
        json: { apiBaseUrl: 'api', mockApi: false, defaultTenant: 'portaildesaides' },
      })
    })
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto('tenants/portaildesaides/france-connect')
    // No backend answers here (the preview server has no API): the tab says so, without the mock.
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(page.getByText('Mode démonstration')).toHaveCount(0)
    expect(mockCode(requested)).toEqual([])
  })

  test(
    'a real backend serves the tab with the mock API off',
    { tag: '@backend' },
    async ({ page, tab, freshTenant, mockApi }) => {
      test.skip(mockApi, 'this app uses the mock API')
      const requested: string[] = []
      page.on('request', (request) => requested.push(new URL(request.url()).pathname))
      await tab.goto(freshTenant)
      await expect(page.getByText('Mode démonstration')).toHaveCount(0)
      expect(mockCode(requested)).toEqual([])
    },
  )
})
