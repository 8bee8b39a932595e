import { expect, newSecret, test } from './support/fixtures'

test(
  'switching the environment of a configured tenant asks for the secret again',
  { tag: '@backend' },
  async ({ tab, configuredTenant }) => {
    await tab.goto(configuredTenant)
    await expect(tab.clientSecret).toHaveAccessibleName(/Un secret est enregistré/)
    await expect(tab.clientSecret).not.toHaveAccessibleDescription(/Nouveau secret requis/)

    await tab.chooseEnvironment('Intégration')
    await expect(tab.clientSecret).toHaveAccessibleDescription(/Nouveau secret requis/)

    // Even with FranceConnect off, a stored secret never follows a key to another environment.
    await tab.setActivation(false)
    await tab.save()
    await expect(tab.clientSecret).toHaveAccessibleDescription(
      /Saisissez le secret client de cette clé/,
    )

    await tab.clientSecret.fill(newSecret())
    await tab.save()
    await tab.expectSaved()
    await expect(tab.environment('Intégration')).toBeChecked()
    await expect(tab.clientSecret).not.toHaveAccessibleDescription(/Nouveau secret requis/)

    // Once the new key is saved with its secret, other edits need no secret.
    await tab.connectionText.fill('Un autre texte.')
    await tab.save()
    await tab.expectSaved()
  },
)
