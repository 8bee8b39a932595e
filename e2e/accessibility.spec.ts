import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, issuedClientId, newSecret, test } from './support/fixtures'
import { expectUniqueNames } from './pages/qa-names'
import { OnboardingPage } from './pages/onboarding'

test(
  'the axe check does catch a violation',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await page.evaluate(() => {
      const image = document.createElement('img')
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
      document.querySelector('main')?.append(image)
    })
    await expect(expectNoAxeViolations(page, 'with an image without alternative')).rejects.toThrow(
      /image-alt/,
    )
  },
)

test(
  'the names check does catch a label that designates two controls',
  { tag: '@mock' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await expectUniqueNames(page, 'new tenant')
    await page.evaluate(() => {
      const input = document.createElement('input')
      input.setAttribute('aria-label', 'Client ID du fournisseur de service v1')
      document.querySelector('main')?.append(input)
    })
    await expect(expectUniqueNames(page, 'with a second Client ID field')).rejects.toThrow(
      /Client ID.* designates 2 controls/,
    )
    await page.evaluate(() => document.querySelector('main > input:last-child')?.remove())
  },
)

/** Presses Tab until `target` has focus, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const visible = await page.evaluate(
      () => document.activeElement?.matches(':focus-visible') ?? false,
    )
    expect(visible, 'the focused element shows its focus').toBe(true)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Focus never reached ${target.toString()}`)
}

test(
  'a configurer sets up and saves a tenant with the keyboard alone',
  { tag: '@backend' },
  async ({ page, tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await page.locator('body').focus()

    await tabTo(page, page.getByRole('link', { name: 'Contenu' }))
    await page.keyboard.press('Enter')
    await tabTo(page, tab.activation)
    await page.keyboard.press('Space')
    await expect(tab.activation).toBeChecked()

    // A failed save takes the focus to the list of fixes, whose links lead to the fields.
    await tabTo(page, tab.saveButton)
    await page.keyboard.press('Enter')
    await expect(tab.alert).toBeFocused()
    await tabTo(page, tab.alert.getByRole('link', { name: /Identifiant client \(Client ID\)/ }))
    await page.keyboard.press('Enter')
    await expect(tab.clientId).toBeFocused()
    await page.keyboard.type(issuedClientId())
    await tabTo(page, tab.clientSecret)
    await page.keyboard.type(newSecret())

    // Into the environment radios: the first gets focus, arrows move, Space picks.
    await tabTo(page, tab.environment('Production'))
    await page.keyboard.press('Space')
    await expect(tab.environment('Production')).toBeChecked()

    await tabTo(page, tab.saveButton)
    await page.keyboard.press('Enter')
    await tab.expectSaved()
    await expect(tab.status).toBeFocused()
  },
)

test(
  'a modal closed from the keyboard gives the focus back to its trigger',
  { tag: '@mock' },
  async ({ page, tab, configuredTenant }) => {
    await tab.goto(configuredTenant)
    await tab.activation.focus()
    await page.keyboard.press('Space')
    await expect(tab.disableDialog).toBeVisible()
    await expect(tab.disableDialog.getByRole('button', { name: 'Fermer' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(tab.disableDialog).toBeHidden()
    await expect(tab.activation).toBeFocused()
    await expect(tab.activation).toBeChecked()
  },
)

test(
  'a configurer records the onboarding with the keyboard alone, and a wrong SIRET leads back to its field',
  { tag: '@mock' },
  async ({ page, freshTenant }) => {
    const onboarding = new OnboardingPage(page)
    await onboarding.goto(freshTenant)
    await page.locator('body').focus()
    await tabTo(page, page.getByRole('link', { name: 'Contenu' }))
    await page.keyboard.press('Enter')

    await tabTo(page, onboarding.datapassNumber, { max: 120 })
    await page.keyboard.type('98765')
    await tabTo(page, onboarding.datapassState)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(onboarding.datapassState).toHaveValue('submitted')
    await tabTo(page, onboarding.siret)
    await page.keyboard.type('21750001600018')

    await tabTo(page, onboarding.saveButton, { max: 120 })
    await page.keyboard.press('Enter')
    await expect(onboarding.alert).toBeFocused()
    await tabTo(page, onboarding.alert.getByRole('link', { name: /^SIRET/ }))
    await page.keyboard.press('Enter')
    await expect(onboarding.siret).toBeFocused()
    await page.keyboard.press('Backspace')
    await page.keyboard.type('9')

    await tabTo(page, onboarding.saveButton, { max: 120 })
    await page.keyboard.press('Enter')
    await onboarding.expectSaved()
    await expect(onboarding.status).toBeFocused()
    await expect(onboarding.stepState).toHaveText('Étape 1 sur 6')
  },
)
