import { expect, expectSoundState, expectSecretNowhere, test } from './support/fixtures'
import { issuedClientId, newSecret } from './support/tenant-states'

const THEIR_TEXT = 'Texte modifié depuis une autre session.'

test(
  'a concurrent edit shows what differs and lets the user overwrite it with their own',
  { tag: '@mock' },
  async ({ page, tab, consoleMessages, responseBodies, freshTenant }) => {
    const secret = newSecret()
    await tab.goto(freshTenant, { scenario: 'conflict' })
    await tab.configure({ clientId: issuedClientId(), secret, connectionText: 'Mon texte' })
    await tab.save()

    const dialog = tab.conflictDialog
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('par Claude Bernard')
    await expect(dialog).toContainText('Texte de connexion')
    await expect(dialog).toContainText('Votre version : « Mon texte »')
    await expect(dialog).toContainText(`Version enregistrée : « ${THEIR_TEXT} »`)
    await expect(dialog).toContainText('nouveau secret saisi (non affiché)')
    await expect(dialog).not.toContainText(secret)
    await expectSoundState(page, 'conflict modal')
    await expect(tab.clientSecret).toHaveValue(secret)

    await dialog.getByRole('button', { name: 'Écraser avec mes modifications' }).click()
    await expect(dialog).toBeHidden()
    await tab.expectSaved()
    await expectSecretNowhere(page, secret, { consoleMessages, responseBodies })

    await page.reload()
    await expect(tab.connectionText).toHaveValue('Mon texte')
    await expect(tab.activation).toBeChecked()
  },
)

test(
  'a conflict dialog closed keeps the edits; reloading the saved version drops them',
  { tag: '@mock' },
  async ({ tab, freshTenant }) => {
    await tab.goto(freshTenant, { scenario: 'conflict' })
    await tab.connectionText.fill('Mon texte')
    await tab.save()
    await expect(tab.conflictDialog).toBeVisible()
    await tab.page.keyboard.press('Escape')
    await expect(tab.conflictDialog).toBeHidden()
    await expect(tab.connectionText).toHaveValue('Mon texte')
    await expect(tab.saveButton).toBeFocused()

    // Still based on the old version, the next save meets the same conflict.
    await tab.save()
    await tab.conflictDialog
      .getByRole('button', { name: 'Recharger la version enregistrée' })
      .click()
    await expect(tab.status).toContainText('Version enregistrée rechargée')
    await expect(tab.connectionText).toHaveValue(THEIR_TEXT)
    await expect(tab.saveButton).toBeDisabled()
  },
)
