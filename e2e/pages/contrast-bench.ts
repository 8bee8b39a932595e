import type { Locator, Page } from '@playwright/test'

/** The contrast bench, in the tab's "Bouton de connexion" section or on /preview. */
export class ContrastBench {
  readonly background: Locator
  readonly recommendation: Locator

  constructor(readonly page: Page) {
    this.background = page.getByLabel('Couleur de fond du portail')
    this.recommendation = page.locator('p').filter({ hasText: /^Recommandation \(thème/ })
  }

  async gotoPreview(query = '') {
    await this.page.goto(`preview${query}`)
    await this.background.waitFor()
  }

  preset(name: 'Blanc' | 'Gris DSFR' | 'Bleu France' | 'Fond sombre'): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name} \\(#`) })
  }

  theme(name: 'Thème clair' | 'Thème sombre'): Locator {
    return this.page.getByRole('radio', { name })
  }

  /** The figures listed under one button's preview. */
  figures(variant: 'FCboutons-10' | 'FCboutons-11'): Locator {
    return this.page
      .locator('.fc-variant-preview')
      .nth(variant === 'FCboutons-10' ? 0 : 1)
      .locator('dl')
  }

  stage(variant: 'FCboutons-10' | 'FCboutons-11'): Locator {
    return this.page.locator('.fc-preview-stage').nth(variant === 'FCboutons-10' ? 0 : 1)
  }
}
