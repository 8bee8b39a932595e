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
  readonly cancelButton: Locator
  readonly retryButton: Locator
  readonly status: Locator
  readonly alert: Locator
  readonly disableDialog: Locator
  readonly conflictDialog: Locator
  readonly leaveDialog: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Intégration FranceConnect' })
    this.activation = page.getByLabel('Activer FranceConnect')
    this.connectionText = page.getByLabel('Texte de connexion')
    this.clientId = page.getByLabel('Identifiant client (Client ID)')
    this.clientSecret = page.getByLabel('Secret client (Client secret)')
    this.showSecret = page.getByLabel('Afficher le secret')
    this.customEnvironmentUrl = page.getByLabel('URL du service FranceConnect')
    this.saveButton = page.getByRole('button', { name: 'Enregistrer', exact: true })
    this.cancelButton = page.getByRole('button', { name: 'Annuler les modifications' })
    this.retryButton = page.getByRole('button', { name: 'Réessayer l’enregistrement' })
    this.status = page.getByRole('status')
    this.alert = page.getByRole('alert')
    this.disableDialog = page.getByRole('dialog', {
      name: 'Confirmer la désactivation de FranceConnect',
    })
    this.conflictDialog = page.getByRole('dialog', {
      name: 'Ces réglages ont été modifiés entre-temps',
    })
    this.leaveDialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' })
  }

  /**
   * Opens a tenant's tab and waits until its settings are loaded.
   * `scenario` puts the mock API into one of its named faults (see the README).
   */
  async goto(tenantId: string, { scenario }: { scenario?: string } = {}) {
    const query = scenario ? `?scenario=${encodeURIComponent(scenario)}` : ''
    await this.page.goto(`tenants/${encodeURIComponent(tenantId)}/france-connect${query}`)
    await expect(this.heading).toBeVisible()
    await expect(this.saveButton).toBeVisible()
  }

  variant(name: VariantName): Locator {
    return this.page.getByRole('radio', { name })
  }

  environment(name: EnvironmentName): Locator {
    return this.page.getByRole('radio', { name })
  }

  /** Turns FranceConnect on or off, confirming when the tab asks (it was on for users). */
  async setActivation(on: boolean) {
    if ((await this.activation.isChecked()) === on) return
    await this.activation.click()
    if (!on) {
      const off = this.page.getByRole('checkbox', { name: 'Activer FranceConnect', checked: false })
      await expect(this.disableDialog.or(off)).toBeVisible()
      if (await this.disableDialog.isVisible()) {
        await this.disableDialog.getByRole('button', { name: 'Désactiver FranceConnect' }).click()
      }
    }
    await expect(this.activation).toBeChecked({ checked: on })
  }

  async chooseEnvironment(name: EnvironmentName, url?: string) {
    await this.environment(name).check()
    if (url !== undefined) await this.customEnvironmentUrl.fill(url)
  }

  /** Fills a complete configuration, as a configurer holding a new key would. */
  async configure(settings: {
    clientId: string
    secret: string
    environment?: EnvironmentName
    connectionText?: string
  }) {
    await this.setActivation(true)
    if (settings.connectionText !== undefined)
      await this.connectionText.fill(settings.connectionText)
    await this.clientId.fill(settings.clientId)
    await this.clientSecret.fill(settings.secret)
    await this.chooseEnvironment(settings.environment ?? 'Production')
  }

  async save() {
    await this.saveButton.click()
  }

  async expectSaved() {
    await expect(this.status).toContainText('enregistré')
  }
}
