import { readFile } from 'node:fs/promises'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect, expectSoundState, issuedClientId, newSecret, test } from './support/fixtures'
import { TenantsOverview } from './pages/tenants-overview'

const CSV_HEADER =
  'Identifiant;Nom;FranceConnect;Environnement;Secret enregistré;Dernier test de connexion;Dernière modification;Mise en service;À traiter'
/** A deployed backend before 1.6 exports no « Mise en service » column. */
const CSV_HEADER_BEFORE_1_6 = CSV_HEADER.replace(';Mise en service', '')

/** The headers accepted: this repository's backends are at 1.6, a deployed one may be older. */
const csvHeaders = (where: { mockApi: boolean; referenceServer: unknown }) =>
  where.mockApi || where.referenceServer ? [CSV_HEADER] : [CSV_HEADER, CSV_HEADER_BEFORE_1_6]

/**
 * A tenant the overview lists « à traiter » (its environment is obsolete): the mock API's
 * « recette-exemple », or on a real backend a new tenant moved to Intégration through the API.
 */
async function tenantToHandle(
  request: APIRequestContext,
  freshTenant: string,
  mockApi: boolean,
): Promise<string> {
  if (mockApi) return 'recette-exemple'
  const path = `api/tenants/${freshTenant}/france-connect`
  const etag = (await request.get(path)).headers().etag ?? ''
  const saved = await request.put(path, {
    headers: { 'If-Match': etag },
    data: {
      enabled: false,
      buttonVariant: 'FCboutons-10',
      connectionText: 'Texte de connexion',
      clientId: issuedClientId(),
      environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
      clientSecret: newSecret(),
    },
  })
  expect(saved.status(), await saved.text()).toBe(200)
  return freshTenant
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Focus never reached ${target.toString()}`)
}

test(
  'the tenants to handle are one click away, each with its reasons, and open on their tab',
  { tag: '@backend' },
  async ({ page, tab, request, freshTenant, mockApi }) => {
    const tenantId = await tenantToHandle(request, freshTenant, mockApi)
    const overview = new TenantsOverview(page)
    await overview.goto()
    await expect(overview.summary).toContainText(/\d+ espaces?/)
    await expect(overview.summary).toContainText(/\d+ avec FranceConnect activé/)
    await expect(overview.table).toHaveAccessibleName(/^Espaces usagers \(\d+ résultats?/)
    await expect(overview.rows.first()).toBeVisible()
    await expectSoundState(page, 'overview')

    await overview.summary.getByRole('link', { name: /à traiter$/ }).click()
    await expect(page).toHaveURL(/\?toHandle=true$/)
    await expect(overview.toHandleOnly).toBeChecked()
    await overview.expectUpToDate()
    for (const row of await overview.rows.all()) {
      await expect(row.getByRole('cell').last()).not.toBeEmpty()
    }
    await expectSoundState(page, 'overview filtered on the tenants to handle')

    await overview.searchFor(tenantId)
    await expect(page).toHaveURL(new RegExp(`\\?q=${tenantId}&toHandle=true$`))
    await expect(overview.rows).toHaveCount(1)
    await expect(overview.rows.first()).toContainText('environnement obsolète')
    await overview.rows.first().getByRole('rowheader').getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/tenants/${tenantId}/france-connect$`))
    await expect(tab.heading).toBeVisible()
    await expect(tab.saveButton).toBeVisible()
  },
)

test(
  'the filtered list downloads as CSV, as the table shows it',
  { tag: '@backend' },
  async ({ page, configuredTenant, mockApi, referenceServer }) => {
    const overview = new TenantsOverview(page)
    await overview.goto(mockApi ? '?toHandle=true' : `?q=${configuredTenant}`)
    const shown = await overview.rows.evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('td')?.textContent ?? '',
        row.querySelector('th')?.textContent ?? '',
      ]),
    )
    expect(shown.length).toBeGreaterThan(0)

    const downloading = page.waitForEvent('download')
    await overview.exportButton.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^espaces-franceconnect-\d{4}-\d{2}-\d{2}\.csv$/)
    await expect(page.getByRole('status').filter({ hasText: 'Fichier CSV' })).toHaveText(
      /^Fichier CSV téléchargé : \d+ espaces?\.$/,
    )

    const bytes = await readFile(await download.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean)
    expect(csvHeaders({ mockApi, referenceServer })).toContain(lines[0])
    const exported = lines.slice(1).map((line) => line.split(';').slice(0, 2))
    expect(exported).toEqual(shown)
  },
)

test('sorting and filtering work from the keyboard', { tag: '@mock' }, async ({ page }) => {
  const overview = new TenantsOverview(page)
  await overview.goto()
  await page.locator('body').focus()

  const byName = overview.columnHeader('Espace')
  await expect(byName).toHaveAttribute('aria-sort', 'ascending')
  await tabTo(page, page.getByRole('button', { name: 'Trier par nom, ordre décroissant' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?order=desc$/)
  await expect(byName).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByRole('button', { name: 'Trier par nom, ordre croissant' })).toBeFocused()

  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?sort=id$/)
  await expect(overview.columnHeader('Identifiant')).toHaveAttribute('aria-sort', 'ascending')
  await expect(byName).not.toHaveAttribute('aria-sort')
  await expectSoundState(page, 'overview sorted by id')

  await overview.search.focus()
  await page.keyboard.type('ville')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?q=ville&sort=id$/)
  await expect(overview.search).toBeFocused()
})

test(
  'paging works from the keyboard, with links that keep the filters',
  { tag: '@mock' },
  async ({ page }) => {
    const overview = new TenantsOverview(page)
    await overview.goto('?q=ville')
    await page.locator('body').focus()
    await expect(overview.table).toHaveAccessibleName(/22 résultats, page 1 sur 2/)
    const next = overview.pagination.getByRole('link', { name: 'Page suivante' })
    await expect(next).toHaveAttribute('href', '/?q=ville&page=2')
    await tabTo(page, overview.pagination.getByRole('link', { name: 'Page suivante' }))
    await page.keyboard.press('Enter')
    await expect(overview.table).toHaveAccessibleName(/page 2 sur 2/)
    await expect(overview.table).toBeFocused()
    await expect(overview.pagination.getByText('2', { exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  },
)

test(
  'a search that finds nothing says so, and every tenant is one button away',
  { tag: '@mock' },
  async ({ page }) => {
    const overview = new TenantsOverview(page)
    await overview.goto('?q=aucun-espace-de-ce-nom')
    await expect(page.getByText('Aucun espace ne correspond à ces filtres.')).toBeVisible()
    await expect(overview.table).toHaveCount(0)
    await expectSoundState(page, 'overview without results')
    await page.getByRole('button', { name: 'Afficher tous les espaces' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(overview.search).toHaveValue('')
    await expect(overview.rows.first()).toBeVisible()
  },
)

test(
  'against a backend without an overview, the root address leads to the default tenant',
  { tag: '@mock' },
  async ({ page, tab }) => {
    await page.goto('./?scenario=contract-1.0')
    await expect(page).toHaveURL(/\/tenants\/portaildesaides\/france-connect$/)
    await expect(tab.heading).toBeVisible()
  },
)
