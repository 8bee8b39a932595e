import type { APIRequestContext } from '@playwright/test'
import { expect, expectSoundState, issuedClientId, newSecret, test } from './support/fixtures'
import { DeclarationSection } from './pages/declaration'
import type { FranceConnectTab } from './pages/france-connect-tab'
import type { ReferenceServerTarget } from './support/reference-server'

/** A key as FranceConnect issues one, for this login redirect URL (the stand-in's registration). */
async function registerKey(
  request: APIRequestContext,
  server: ReferenceServerTarget,
  redirectUri: string,
) {
  const response = await request.post(`${server.franceConnectUrl}/api/v2/reg`, {
    headers: { authorization: 'Bearer jeton-enregistrement-de-test' },
    data: {
      redirect_uris: [redirectUri],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: 'ES256',
    },
    ignoreHTTPSErrors: true,
  })
  expect(response.status()).toBe(201)
  const key = (await response.json()) as { client_id: string; client_secret: string }
  return { clientId: key.client_id, secret: key.client_secret }
}

/**
 * Opens a new tenant's tab and saves it with a key registered at the stand-in for the tenant's
 * declared redirect URL, and that key's secret unless `secret` says another.
 */
async function configureWithStandInKey(
  tab: FranceConnectTab,
  tenantId: string,
  request: APIRequestContext,
  server: ReferenceServerTarget | null,
  { secret }: { secret?: string } = {},
) {
  if (!server) throw new Error('these journeys run against the reference server')
  await tab.goto(tenantId)
  const redirect = await new DeclarationSection(tab.page)
    .field('URL de redirection de connexion')
    .inputValue()
  const key = await registerKey(request, server, redirect)
  await tab.configure({
    clientId: key.clientId,
    secret: secret ?? key.secret,
    environment: 'Autre URL',
  })
  await tab.customEnvironmentUrl.fill(server.franceConnectUrl)
  await tab.save()
  await tab.expectSaved()
  return key
}

function checksOf(tab: FranceConnectTab) {
  const section = tab.page.getByRole('region', { name: 'Vérifier la connexion' })
  return {
    section,
    run: () => section.getByRole('button', { name: 'Tester la connexion' }).click(),
    /** The section's live region (aria-live), announcing progress and outcome. */
    announced: section.locator('[aria-live="polite"]'),
    check: (title: string) => section.getByRole('listitem').filter({ hasText: title }),
  }
}

test.describe(
  'against the reference server and a FranceConnect stand-in',
  { tag: '@reference-server' },
  () => {
    test('with the right key and its declared redirect URL, every check passes', async ({
      page,
      tab,
      freshTenant,
      referenceServer,
      request,
    }) => {
      const key = await configureWithStandInKey(tab, freshTenant, request, referenceServer)

      const checks = checksOf(tab)
      await checks.run()
      await expect(checks.announced).toHaveText(
        'Test terminé : la connexion à FranceConnect est vérifiée.',
      )
      for (const title of [
        'Environnement joignable',
        'Exigences de FranceConnect',
        'Identifiant client et URL de redirection',
        'Secret client',
      ]) {
        await expect(checks.check(title)).toContainText('Réussi')
      }
      await expect(checks.section).toContainText('Connexion vérifiée')
      await expectSoundState(page, 'connection test passed')
      await page.reload()
      await expect(checksOf(tab).section).toContainText('Dernier test le')
      expect(await page.content()).not.toContain(key.secret)
    })

    test('a wrong secret is named, and a test waits for the corrected one to be saved', async ({
      tab,
      freshTenant,
      referenceServer,
      request,
    }) => {
      const key = await configureWithStandInKey(tab, freshTenant, request, referenceServer, {
        secret: newSecret(),
      })
      const checks = checksOf(tab)
      await checks.run()
      await expect(checks.check('Secret client')).toContainText('Échec')
      await expect(checks.check('Secret client')).toContainText(
        'FranceConnect refuse le secret client',
      )
      await expect(checks.check('Identifiant client et URL de redirection')).toContainText('Réussi')

      await tab.clientSecret.fill(key.secret)
      await checks.run()
      await expect(checks.section).toContainText('Enregistrez d’abord vos modifications')
      await tab.save()
      await tab.expectSaved()
      await checks.run()
      await expect(checks.announced).toHaveText(
        'Test terminé : la connexion à FranceConnect est vérifiée.',
      )
    })

    test('a key unknown to the environment, and a host outside the allow-list, each say what to do', async ({
      page,
      tab,
      freshTenant,
      referenceServer,
    }) => {
      await tab.goto(freshTenant)
      await tab.configure({
        clientId: issuedClientId(),
        secret: newSecret(),
        environment: 'Autre URL',
      })
      await tab.customEnvironmentUrl.fill(referenceServer?.franceConnectUrl ?? '')
      await tab.save()
      await tab.expectSaved()
      const checks = checksOf(tab)
      await checks.run()
      const client = checks.check('Identifiant client et URL de redirection')
      await expect(client).toContainText(
        'FranceConnect ne connaît pas cet identifiant client dans cet environnement',
      )
      await expect(client).toContainText('délivrée pour un autre environnement')
      await expect(checks.check('Secret client')).toContainText('Non effectué')
      await expectSoundState(page, 'connection test failed')

      await tab.customEnvironmentUrl.fill('https://fc.hote-inconnu.example')
      await tab.clientSecret.fill(newSecret())
      await tab.save()
      await tab.expectSaved()
      await checks.run()
      await expect(checks.check('Environnement joignable')).toContainText(
        'fc.hote-inconnu.example n’est pas un hôte FranceConnect autorisé',
      )
    })
  },
)

test.describe('with the mock API', { tag: '@mock' }, () => {
  test('each outcome of a test reaches its state, announced and accessible', async ({
    page,
    tab,
    configuredTenant,
  }) => {
    const outcomes = [
      ['connection-wrong-secret', 'FranceConnect refuse le secret client'],
      ['connection-redirect', 'n’est pas déclarée pour cette clé (code Y04C013C)'],
      ['connection-no-es256', 'ES256 pour signer les jetons d’identité'],
      ['connection-unreachable', 'refuse la connexion ou ne répond pas'],
      ['connection-busy', 'Un test de connexion de cet espace est en cours'],
    ] as const
    await tab.goto(configuredTenant)
    const checks = checksOf(tab)
    await checks.run()
    await expect(checks.announced).toHaveText(
      'Test terminé : la connexion à FranceConnect est vérifiée.',
    )
    await expectSoundState(page, 'connection test passed')
    // Each outcome in turn, chosen in the mock API's panel (no reload).
    const scenario = page.getByLabel('Scénario de l’API simulée')
    for (const [name, says] of outcomes) {
      await scenario.selectOption(name)
      await checks.run()
      await expect(checks.section).toContainText(says)
    }
    await expectSoundState(page, 'connection test refused (409)')
  })
})
