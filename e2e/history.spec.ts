import { expect, expectSecretNowhere, expectSoundState, newSecret, test } from './support/fixtures'
import { HistorySection } from './pages/history'

test(
  'each save joins the history, and an older version can be brought back and saved again',
  { tag: '@backend' },
  async ({ page, tab, configuredTenant, author, consoleMessages, responseBodies }) => {
    const history = new HistorySection(page)
    // Texts of this run's own: a deployed app's tenant keeps the history of earlier runs.
    const run = crypto.randomUUID().slice(0, 8)
    const firstText = `Premier texte ${run}`
    const secondText = `Second texte ${run}`
    await tab.goto(configuredTenant)
    await history.loaded()

    await tab.connectionText.fill(firstText)
    await tab.save()
    await tab.expectSaved()
    await expect(history.entries.first()).toContainText(`après : « ${firstText} »`)
    await expect(history.entries.first()).toContainText(new RegExp(`par ${author.source}`))

    // Another environment: its key's secret goes with it, and is never shown.
    const secret = newSecret()
    await tab.connectionText.fill(secondText)
    await tab.chooseEnvironment('Intégration')
    await tab.clientSecret.fill(secret)
    await tab.save()
    await tab.expectSaved()
    const newest = history.entries.first()
    await expect(newest).toContainText(`avant : « ${firstText} »`)
    await expect(newest).toContainText(`après : « ${secondText} »`)
    await expect(newest).toContainText('Environnement FranceConnect : avant : Production')
    await expect(newest).toContainText('après : Intégration')
    await expect(newest).toContainText('Secret client : secret remplacé')
    await expect(newest).toContainText('Version actuelle')
    await expectSecretNowhere(page, secret, { consoleMessages, responseBodies })
    await expectSoundState(page, 'history after two saves')

    // The first save's values come back as edits to check, on their own environment.
    const first = history.entry(`après : « ${firstText} »`)
    await history.restoreButton(first).click()
    await expect(tab.status).toContainText('reprises : vérifiez-les, puis enregistrez.')
    await expect(tab.status).toBeFocused()
    await expect(tab.connectionText).toHaveValue(firstText)
    await expect(tab.environment('Production')).toBeChecked()
    await expect(tab.clientSecret).toHaveValue('')
    await expect(tab.clientSecret).toHaveAccessibleDescription(/Nouveau secret requis/)
    await expectSoundState(page, 'a version brought back from the history')

    await tab.clientSecret.fill(newSecret())
    await tab.save()
    await tab.expectSaved()
    await expect(history.entries.first()).toContainText(`après : « ${firstText} »`)
    await expect(history.entries.first()).toContainText('après : Production')
    await expect(history.entries.first()).toContainText('Version actuelle')
    await expect(history.restoreButton(history.entries.first())).toHaveCount(0)
  },
)
