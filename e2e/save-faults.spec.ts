import {
  expect,
  expectSoundState,
  expectSecretNowhere,
  test,
  withRequestTimeout,
} from './support/fixtures'
import { issuedClientId, newSecret } from './support/tenant-states'
import type { FranceConnectTab } from './pages/france-connect-tab'

const KEPT = 'Vos modifications sont conservées dans le formulaire.'

/** What the user typed is all still there. */
async function expectEditsKept(
  tab: FranceConnectTab,
  edits: { clientId: string; secret: string; text: string },
) {
  await expect(tab.activation).toBeChecked()
  await expect(tab.connectionText).toHaveValue(edits.text)
  await expect(tab.clientId).toHaveValue(edits.clientId)
  await expect(tab.clientSecret).toHaveValue(edits.secret)
  await expect(tab.environment('Production')).toBeChecked()
}

const faults = [
  { scenario: 'server-error', title: 'Erreur interne du serveur', says: 'référence : 7f3a-22' },
  {
    scenario: 'bad-gateway',
    title: 'Le serveur est injoignable',
    says: 'Réessayez dans quelques instants.',
  },
  {
    scenario: 'network-error',
    title: 'Connexion au serveur impossible',
    says: 'Vérifiez votre connexion au réseau',
  },
  {
    scenario: 'forbidden',
    title: 'Accès refusé',
    says: 'Seuls les paramétreurs techniques de cet espace peuvent modifier ces réglages.',
  },
  {
    scenario: 'malformed',
    title: 'Réponse du serveur inattendue',
    says: 'format que l’onglet ne reconnaît pas',
  },
]

test(
  'each save fault says what happened, keeps every edit, and a one-click retry succeeds',
  { tag: '@mock' },
  async ({ page, tab, consoleMessages, responseBodies, freshTenant }) => {
    const secrets: string[] = []
    await tab.goto(freshTenant)
    const scenario = page.getByLabel('Scénario de l’API simulée')
    for (const fault of faults) {
      await test.step(fault.scenario, async () => {
        const edits = {
          clientId: issuedClientId(),
          secret: newSecret(),
          text: `Texte ${fault.scenario}`,
        }
        secrets.push(edits.secret)
        await scenario.selectOption(fault.scenario)
        await tab.configure({ ...edits, connectionText: edits.text })
        await tab.save()

        await expect(tab.alert).toContainText(`Échec de l’enregistrement : ${fault.title}`)
        await expect(tab.alert).toContainText(fault.says)
        await expect(tab.alert).toContainText(KEPT)
        await expectEditsKept(tab, edits)

        await tab.retryButton.click()
        await tab.expectSaved()
        await expect(tab.clientSecret).toHaveValue('')
      })
    }
    for (const secret of secrets)
      await expectSecretNowhere(page, secret, { consoleMessages, responseBodies })
  },
)

test(
  'a save after the session expired offers to sign in again, and brings the edits back but the secret',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant, { scenario: 'unauthorized' })
    const clientId = issuedClientId()
    await tab.configure({ clientId, secret: newSecret(), connectionText: 'Avant la reconnexion' })
    await tab.save()
    const expired = page.getByRole('dialog', { name: 'Votre session a expiré' })
    await expect(expired).toContainText('Seul le secret client n’est pas conservé')
    await expect(tab.alert).toContainText(KEPT)
    await expectSoundState(page, 'session expired')
    // The mock API "signs in" by bringing the browser back to the page, without the scenario.
    await expired.getByRole('button', { name: 'Se reconnecter' }).click()
    await expect(page).toHaveURL(/\/france-connect\?returnTo=[^&]*$/)
    await expect(
      page.getByRole('status').filter({ hasText: 'Vos modifications ont été restaurées' }),
    ).toBeVisible()
    await expect(tab.activation).toBeChecked()
    await expect(tab.connectionText).toHaveValue('Avant la reconnexion')
    await expect(tab.clientId).toHaveValue(clientId)
    await expect(tab.clientSecret).toHaveValue('')
    await tab.save()
    await expect(tab.clientSecret).toHaveAccessibleDescription(/Saisissez le secret client/)
    await tab.clientSecret.fill(newSecret())
    await tab.save()
    await tab.expectSaved()
  },
)

test(
  'a 503 tells when the service will be back, and the retry waits for it',
  { tag: '@mock' },
  async ({ page, tab, consoleMessages, responseBodies, freshTenant }) => {
    const edits = { clientId: issuedClientId(), secret: newSecret(), text: 'Texte 503' }
    await tab.goto(freshTenant, { scenario: 'unavailable' })
    await tab.configure({ ...edits, connectionText: edits.text })
    await tab.save()

    await expect(tab.alert).toContainText('Service momentanément indisponible')
    await expect(tab.alert).toContainText('de nouveau disponible dans 5 secondes')
    await expectEditsKept(tab, edits)
    await expect(tab.retryButton).toBeDisabled()
    await expectSoundState(page, 'save failed, retry waiting for the service')
    await expect(tab.retryButton).toBeEnabled({ timeout: 8_000 })
    await tab.retryButton.click()
    await tab.expectSaved()
    await expectSecretNowhere(page, edits.secret, { consoleMessages, responseBodies })
  },
)

test.describe('with a short request timeout', () => {
  // config.json is intercepted on the first load, before the mock API's service worker exists.
  test.use({ freshContext: true })

  test(
    'a save without answer is abandoned after the configured delay, never retried by itself',
    { tag: '@mock' },
    async ({ page, tab, consoleMessages, responseBodies, freshTenant }) => {
      await withRequestTimeout(page, 2_000)
      let saves = 0
      page.on('request', (request) => {
        if (request.method() === 'PUT') saves += 1
      })
      const edits = { clientId: issuedClientId(), secret: newSecret(), text: 'Texte délai' }
      await tab.goto(freshTenant, { scenario: 'timeout' })
      await tab.configure({ ...edits, connectionText: edits.text })
      await tab.save()

      await expect(tab.alert).toContainText('Le serveur ne répond pas')
      await expect(tab.alert).toContainText(
        'Sans réponse après 2 secondes, la demande a été abandonnée.',
      )
      await expectEditsKept(tab, edits)
      expect(saves).toBe(1)

      await tab.retryButton.click()
      await tab.expectSaved()
      expect(saves).toBe(2)
      await expectSecretNowhere(page, edits.secret, { consoleMessages, responseBodies })
    },
  )
})

test(
  'refusals from the server land on their fields, the rest in the summary',
  { tag: '@mock' },
  async ({ page, tab, consoleMessages, responseBodies, freshTenant }) => {
    const edits = { clientId: issuedClientId(), secret: newSecret(), text: 'Texte 422' }
    await tab.goto(freshTenant, { scenario: 'invalid' })
    await tab.configure({ ...edits, connectionText: edits.text })
    await tab.save()

    await expect(tab.alert).toBeFocused()
    await expect(tab.alert).toContainText('Rien n’a été enregistré : 2 champs à corriger')
    await expect(tab.alert).toContainText(
      '/tenant/contract : Le contrat de cet espace ne comprend pas FranceConnect.',
    )
    await expectSoundState(page, 'refused by the server (422)')
    await expect(tab.clientId).toHaveAccessibleDescription(
      /Cet identifiant client a été révoqué par FranceConnect/,
    )
    await tab.alert.getByRole('link', { name: /Identifiant client \(Client ID\)/ }).click()
    await expect(tab.clientId).toBeFocused()
    await expectEditsKept(tab, edits)

    await tab.save()
    await tab.expectSaved()
    await expectSecretNowhere(page, edits.secret, { consoleMessages, responseBodies })
  },
)
