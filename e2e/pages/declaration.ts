import type { Locator, Page } from '@playwright/test'

/** The "Déclaration auprès de FranceConnect" section, by the names a user sees. */
export class DeclarationSection {
  readonly section: Locator
  readonly copyAllButton: Locator
  readonly downloadButton: Locator

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Déclaration auprès de FranceConnect' })
    this.copyAllButton = this.section.getByRole('button', { name: 'Copier toute la déclaration' })
    this.downloadButton = this.section.getByRole('button', { name: 'Télécharger en JSON' })
  }

  field(label: string): Locator {
    return this.section.getByLabel(label, { exact: false })
  }

  copyButton(name: string): Locator {
    return this.section.getByRole('button', { name: `Copier ${name}`, exact: true })
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }
}
