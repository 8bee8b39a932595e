import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The « Mise en service de FranceConnect » page of a tenant, by the names a user sees.
 * Reusable by QA against the mock API or a deployed app.
 */
export class OnboardingPage {
  readonly heading: Locator
  readonly stepState: Locator
  readonly stepTitle: Locator
  readonly datapassNumber: Locator
  readonly datapassState: Locator
  readonly organisationName: Locator
  readonly siret: Locator
  readonly sandboxState: Locator
  readonly dossierNumber: Locator
  readonly dossierState: Locator
  readonly ipAddress: Locator
  readonly prepareDatapass: Locator
  readonly saveButton: Locator
  readonly status: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mise en service de FranceConnect' })
    this.stepState = page.locator('.fr-stepper__state')
    this.stepTitle = page.locator('.fr-stepper__title')
    this.datapassNumber = page.getByLabel('Numéro de la demande DataPass')
    this.datapassState = page.getByLabel('État de la demande DataPass')
    this.organisationName = page.getByLabel('Nom de l’organisation')
    this.siret = page.getByLabel('SIRET')
    this.sandboxState = page.getByRole('combobox', { name: /^Bac à sable/ })
    this.dossierNumber = page.getByLabel('Numéro du dossier')
    this.dossierState = page.getByLabel('État du dossier')
    this.ipAddress = page.getByLabel('Adresse IP')
    this.prepareDatapass = page.getByRole('link', { name: /^Préparer la demande DataPass/ })
    this.saveButton = page.getByRole('button', { name: 'Enregistrer l’avancement' })
    this.status = page.getByRole('status')
    this.alert = page.getByRole('alert')
  }

  async goto(tenantId: string, { scenario }: { scenario?: string } = {}) {
    const query = scenario ? `?scenario=${encodeURIComponent(scenario)}` : ''
    await this.page.goto(
      `tenants/${encodeURIComponent(tenantId)}/france-connect/mise-en-service${query}`,
    )
    await expect(this.heading).toBeVisible()
    await expect(this.saveButton).toBeVisible()
  }

  version(name: 'FranceConnect v2' | 'FranceConnect v1'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) })
  }

  /** One step's section: « 1. Habilitation DataPass » … « 6. FranceConnect activé ». */
  step(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^\\d\\. ${title}`) })
  }

  /** A value of the production form, in its section, and its « Copier » button. */
  value(label: string): Locator {
    return this.step('Demande de mise en production').getByLabel(label)
  }

  copyButton(copyName: string): Locator {
    return this.page.getByRole('button', { name: `Copier ${copyName}`, exact: true })
  }

  async save() {
    await this.saveButton.click()
  }

  async expectSaved() {
    await expect(this.status).toContainText('Mise en service enregistrée')
  }
}
