import { expect, expectSoundState, issuedClientId, newSecret, test } from './support/fixtures'
import { OnboardingPage } from './pages/onboarding'
import { TenantsOverview } from './pages/tenants-overview'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const clipboard = (onboarding: OnboardingPage) =>
  onboarding.page.evaluate(() => navigator.clipboard.readText())

test(
  'a configurer records the DataPass request, copies what the production form needs, saves the key, and the steps and the overview follow',
  { tag: '@backend' },
  async ({ page, tab, freshTenant, author }) => {
    const onboarding = new OnboardingPage(page)
    // A number of this run's own: a deployed app's tenant keeps earlier runs' onboarding.
    const number = String(10_000 + Math.floor(Math.random() * 89_999))
    await onboarding.goto(freshTenant)
    await expectSoundState(page, 'onboarding page')

    const prepared = new URL((await onboarding.prepareDatapass.getAttribute('href')) ?? '')
    expect(prepared.hostname).toBe('datapass.api.gouv.fr')
    expect(prepared.searchParams.get('france_connect_eidas')).toBe('eidas_1')
    expect(prepared.searchParams.get('cadre_juridique_nature')).toMatch(/8 novembre 2018/)

    await onboarding.datapassNumber.fill(number)
    await onboarding.datapassState.selectOption({ label: 'validée' })
    await onboarding.organisationName.fill('Commune de la recette')
    await onboarding.siret.fill('217 500 016 00019')
    await onboarding.sandboxState.selectOption({ label: 'non demandé' })
    await onboarding.version('FranceConnect v2').check()
    await onboarding.dossierNumber.fill('')
    await onboarding.dossierState.selectOption({ label: 'à déposer' })
    await onboarding.ipAddress.fill('203.0.113.10')

    // What step 1 says is where the production form needs it, each value ready to copy.
    const values = [
      [
        'Numéro de demande d’habilitation DataPass',
        'le numéro de demande d’habilitation DataPass',
        number,
      ],
      [
        'Organisation déclarée sur DataPass',
        'l’organisation déclarée sur DataPass',
        'Commune de la recette',
      ],
      ['Environnement', 'l’environnement', 'Production'],
      ['IP à déclarer', 'l’IP à déclarer', '203.0.113.10'],
      ['Algorithme de signature', 'l’algorithme de signature', 'ES256'],
    ] as const
    for (const [label, copyName, value] of values) {
      await expect(onboarding.value(label)).toHaveValue(value)
      await onboarding.copyButton(copyName).click()
      await expect(onboarding.value(label)).toHaveAccessibleDescription(
        /Copié dans le presse-papiers/,
      )
      expect(await clipboard(onboarding)).toBe(value)
    }
    const redirect = onboarding.value('URL de redirection de connexion')
    await expect(redirect).toHaveValue(/\/account-management\/.+-demandeurs\/france-connect\/code$/)

    await onboarding.save()
    await onboarding.expectSaved()
    await expect(onboarding.stepState).toHaveText('Étape 3 sur 6')
    await expect(onboarding.step('Habilitation DataPass')).toContainText(
      new RegExp(`État enregistré depuis le .* \\(0 jours\\), par ${author.source}`),
    )

    await onboarding.dossierNumber.fill('7654321')
    await onboarding.dossierState.selectOption({ label: 'accepté' })
    await onboarding.save()
    await onboarding.expectSaved()
    await expect(onboarding.stepState).toHaveText('Étape 4 sur 6')
    await expect(onboarding.stepTitle).toContainText('Clé reçue')
    await expectSoundState(page, 'onboarding, dossier accepted')

    // The key received goes into the tab, on production: step 4 follows on its own.
    await tab.goto(freshTenant)
    await expect(page.getByText(/^Mise en service : étape 4 sur 6 – Clé reçue/)).toBeVisible()
    await tab.configure({
      clientId: issuedClientId(),
      secret: newSecret(),
      environment: 'Production',
    })
    await tab.save()
    await tab.expectSaved()
    await page.getByRole('link', { name: /^Suivre la mise en service/ }).click()
    await expect(onboarding.heading).toBeVisible()
    await expect(onboarding.step('Clé reçue')).toContainText(
      new RegExp(`Fait le .* par ${author.source}`),
    )
    await expect(onboarding.stepState).toHaveText('Étape 5 sur 6')
    await expect(onboarding.stepTitle).toContainText('Connexion vérifiée')

    // The overview says so too, and finds the tenant by its step.
    const overview = new TenantsOverview(page)
    await overview.goto(`?step=5&q=${encodeURIComponent(freshTenant)}`)
    const row = overview.rows.filter({ hasText: freshTenant })
    await expect(row).toContainText('Étape 5 sur 6')
    await expect(row).toContainText('Connexion vérifiée (à faire)')
  },
)

test(
  'bad input is said next to its field, in French, and nothing typed is lost',
  { tag: '@backend' },
  async ({ page, freshTenant }) => {
    const onboarding = new OnboardingPage(page)
    await onboarding.goto(freshTenant)
    await onboarding.datapassNumber.fill('DP-2026')
    await onboarding.siret.fill('21750001600018')
    await onboarding.save()
    await expect(onboarding.alert).toContainText('2 champs à corriger')
    await expect(onboarding.datapassNumber).toHaveAccessibleDescription(
      /ne contient que des chiffres/,
    )
    await expect(onboarding.siret).toHaveAccessibleDescription(/clé de contrôle est fausse/)
    await expect(onboarding.siret).toHaveValue('21750001600018')
    await expectSoundState(page, 'onboarding with field errors')
  },
)

test(
  'a passing connection test on the production key verifies step 5, and switching on ends the procedure',
  { tag: '@mock' },
  async ({ page, tab }) => {
    const onboarding = new OnboardingPage(page)
    await tab.goto('mairie-exemple')
    await expect(
      page.getByText(/^Mise en service : étape 5 sur 6 – Connexion vérifiée/),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Tester la connexion' }).click()
    await expect(page.getByRole('region', { name: 'Vérifier la connexion' })).toContainText(
      /réussi/i,
    )
    await expect(
      page.getByText(/^Mise en service : étape 6 sur 6 – FranceConnect activé \(terminée\)/),
    ).toBeVisible()
    await onboarding.goto('mairie-exemple')
    await expect(onboarding.stepTitle).toContainText('Mise en service terminée')
    await expect(onboarding.step('Connexion vérifiée')).toContainText('Fait le')
    await expectSoundState(page, 'onboarding complete')
  },
)
