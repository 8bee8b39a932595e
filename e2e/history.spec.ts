import { expect, expectSecretNowhere, expectSoundState, newSecret, test } from './fixtures'
import { HistorySection } from './pages/history'

test(
  'each save joins the history, and an older version can be brought back and saved again',
  { tag: '@backend' },
  async ({ page, tab, configuredTenant, userName, consoleMessages, responseBodies }) => {
    const history = new HistorySection(page)
    await tab.goto(configuredTenant)
    await history.loaded()

    await tab.connectionText.fill('Premier texte')
    await tab.save()
    await tab.expectSaved()
    await expect(history.entries.first()).toContainText('après : « Premier texte »')
    await expect(history.entries.first()).toContainText(`par ${userName}`)

    // Another environment: its key's secret goes with it, and is never shown.
    const secret = newSecret()
    await tab.connectionText.fill('Second texte')
    await tab.chooseEnvironment('Intégration')
    await tab.clientSecret.fill(secret)
    await tab.save()
    await tab.expectSaved()
    const newest = history.entries.first()
    await expect(newest).toContainText('avant : « Premier texte »')
    await expect(newest).toContainText('après : « Second texte »')
    await expect(newest).toContainText('Environnement FranceConnect : avant : Production')
    await expect(newest).toContainText('après : Intégration')
    await expect(newest).toContainText('Secret client : secret remplacé')
    await expect(newest).toContainText('Version actuelle')
    await expectSecretNowhere(page, secret, { consoleMessages, responseBodies })
    await expectSoundState(page, 'history after two saves')

    // The first save's values come back as edits to check, on their own environment.
    const first = history.entry('après : « Premier texte »')
    await history.restoreButton(first).click()
    await expect(tab.status).toContainText('reprises : vérifiez-les, puis enregistrez.')
    await expect(tab.status).toBeFocused()
    await expect(tab.connectionText).toHaveValue('Premier texte')
    await expect(tab.environment('Production')).toBeChecked()
    await expect(tab.clientSecret).toHaveValue('')
    await expect(tab.clientSecret).toHaveAccessibleDescription(/Nouveau secret requis/)
    await expectSoundState(page, 'a version brought back from the history')

    await tab.clientSecret.fill(newSecret())
    await tab.save()
    await tab.expectSaved()
    await expect(history.entries.first()).toContainText('après : « Premier texte »')
    await expect(history.entries.first()).toContainText('après : Production')
    await expect(history.entries.first()).toContainText('Version actuelle')
    await expect(history.restoreButton(history.entries.first())).toHaveCount(0)
  },
)
