import { expect, type Locator, type Page } from '@playwright/test'

export type VariantName = 'FCboutons-10' | 'FCboutons-11'
export type EnvironmentName = 'Production' | 'Intégration' | 'Autre URL'

/**
 * The "Intégration FranceConnect" tab, by the names a user sees.
 * Reusable by QA against the mock API or a deployed app.
 */
export class FranceConnectTab {
  readonly heading: Locator
  readonly activation: Locator
  readonly connectionText: Locator
  readonly clientId: Locator
  readonly clientSecret: Locator
  readonly showSecret: Locator
  readonly customEnvironmentUrl: Locator
  readonly saveButton: Locator
  readonly status: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Intégration FranceConnect' })
    this.activation = page.getByLabel('Activer FranceConnect')
    this.connectionText = page.getByLabel('Texte de connexion')
    this.clientId = page.getByLabel('Identifiant client (Client ID)')
    this.clientSecret = page.getByLabel('Secret client (Client secret)')
    this.showSecret = page.getByLabel('Afficher le secret')
    this.customEnvironmentUrl = page.getByLabel('URL du service FranceConnect')
    this.saveButton = page.getByRole('button', { name: 'Enregistrer' })
    this.status = page.getByRole('status')
    this.alert = page.getByRole('alert')
  }

  /** Opens a tenant's tab and waits until its settings are loaded. */
  async goto(tenantId: string) {
    await this.page.goto(`tenants/${encodeURIComponent(tenantId)}/france-connect`)
    await expect(this.heading).toBeVisible()
    await expect(this.saveButton).toBeVisible()
  }

  variant(name: VariantName): Locator {
    return this.page.getByRole('radio', { name })
  }

  environment(name: EnvironmentName): Locator {
    return this.page.getByRole('radio', { name })
  }

  async setActivation(on: boolean) {
    await this.activation.setChecked(on)
  }

  async chooseEnvironment(name: EnvironmentName, url?: string) {
    await this.environment(name).check()
    if (url !== undefined) await this.customEnvironmentUrl.fill(url)
  }

  async save() {
    await this.saveButton.click()
  }

  async expectSaved() {
    await expect(this.status).toContainText('enregistré')
  }
}
