import { expect, type Locator, type Page } from '@playwright/test'

/** The tenants overview at the root address, by the names a user sees. */
export class TenantsOverview {
  readonly heading: Locator
  readonly summary: Locator
  readonly search: Locator
  readonly enabled: Locator
  readonly environment: Locator
  readonly toHandleOnly: Locator
  readonly applyButton: Locator
  readonly resetButton: Locator
  readonly exportButton: Locator
  readonly table: Locator
  readonly pagination: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Vue d’ensemble des espaces' })
    this.summary = page.getByRole('list', { name: 'Résumé de tous vos espaces' })
    this.search = page.getByLabel('Rechercher un espace')
    this.enabled = page.getByLabel('FranceConnect', { exact: true })
    this.environment = page.getByLabel('Environnement', { exact: true })
    this.toHandleOnly = page.getByLabel('À traiter seulement')
    this.applyButton = page.getByRole('button', { name: 'Appliquer les filtres' })
    this.resetButton = page.getByRole('button', { name: 'Réinitialiser les filtres' })
    this.exportButton = page.getByRole('button', { name: 'Exporter en CSV' })
    this.table = page.getByRole('table', { name: /^Espaces usagers/ })
    this.pagination = page.getByRole('navigation', { name: 'Pagination' })
  }

  /** Opens the overview (with a query string, e.g. "?q=gap") and waits until it is loaded. */
  async goto(query = '') {
    await this.page.goto(`./${query}`)
    await expect(this.heading).toBeVisible()
    await expect(this.exportButton).toBeVisible()
    // The table says it is busy while it refreshes: wait until it shows what was asked.
    await expect(
      this.table.or(this.page.getByText(/^Aucun espace ne|^Vous n’administrez/)),
    ).toBeVisible()
    await expect(this.page.locator('table[aria-busy="true"]')).toHaveCount(0)
  }

  /** Waits until the table shows the current filters' tenants, not the previous ones'. */
  async expectUpToDate() {
    await expect(this.table).toBeVisible()
    await expect(this.table).not.toHaveAttribute('aria-busy', 'true')
  }

  /** The rows of the table, without its header row. */
  get rows(): Locator {
    return this.table.locator('tbody tr')
  }

  row(tenantName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: tenantName }) })
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name })
  }

  /** Searches the tenants' ids and names. */
  async searchFor(text: string) {
    await this.search.fill(text)
    await this.page.getByRole('button', { name: 'Rechercher', exact: true }).click()
  }
}
