import { expect, type Locator, type Page } from '@playwright/test'

/** The "Historique des modifications" section, by the names a user sees. */
export class HistorySection {
  readonly section: Locator
  readonly olderButton: Locator
  /** The journal's entries, newest first (the lists of changes inside them left out). */
  readonly entries: Locator

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Historique des modifications' })
    this.olderButton = this.section.getByRole('button', {
      name: 'Afficher les modifications plus anciennes',
    })
    this.entries = this.section
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
  }

  /** Waits until the first page of the journal is shown. */
  async loaded() {
    await expect(this.section).toBeVisible()
    await expect(this.section).not.toContainText('Chargement de l’historique')
  }

  /** The entry that shows this text, e.g. `après : « Nouveau texte »`. */
  entry(text: string): Locator {
    return this.entries.filter({ hasText: text })
  }

  restoreButton(entry: Locator): Locator {
    return entry.getByRole('button', { name: /^Reprendre ces valeurs du / })
  }
}
