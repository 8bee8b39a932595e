import { expect, expectSoundState, issuedClientId, newSecret, test } from './support/fixtures'
import { TenantsOverview } from './pages/tenants-overview'

test(
  'saving is offered only once something changed, and changes can be undone',
  { tag: '@mock' },
  async ({ tab, configuredTenant }) => {
    await tab.goto(configuredTenant)
    await expect(tab.saveButton).toBeDisabled()
    await expect(tab.cancelButton).toBeDisabled()

    const original = await tab.connectionText.inputValue()
    await tab.connectionText.fill('Un texte provisoire')
    await expect(tab.saveButton).toBeEnabled()
    await tab.cancelButton.click()

    await expect(tab.connectionText).toHaveValue(original)
    await expect(tab.status).toContainText('Modifications annulées')
    await expect(tab.status).toBeFocused()
    await expect(tab.saveButton).toBeDisabled()
  },
)

test(
  'leaving with unsaved changes asks first, in the page and from the browser',
  { tag: '@mock' },
  async ({ page, tab, configuredTenant }) => {
    await tab.goto(configuredTenant)
    await tab.connectionText.fill('Un texte à ne pas perdre')

    const breadcrumbHome = page
      .getByRole('navigation', { name: 'vous êtes ici :' })
      .getByRole('link', { name: 'Accueil' })
    await breadcrumbHome.click()
    await expect(tab.leaveDialog).toContainText('elles seront perdues si vous quittez cette page')
    await expectSoundState(page, 'leave confirmation modal')
    await tab.leaveDialog.getByRole('button', { name: 'Rester sur la page' }).click()
    await expect(tab.leaveDialog).toBeHidden()
    await expect(page).toHaveURL(new RegExp(`/tenants/${configuredTenant}/france-connect$`))
    await expect(tab.connectionText).toHaveValue('Un texte à ne pas perdre')

    await breadcrumbHome.click()
    await tab.leaveDialog.getByRole('button', { name: 'Quitter la page' }).click()
    const overview = new TenantsOverview(page)
    await expect(overview.heading).toBeVisible()
    await expect(page).not.toHaveURL(new RegExp(`/tenants/${configuredTenant}/`))

    // Back to the tab from the overview, then the browser's back button: held the same way.
    await overview.searchFor(configuredTenant)
    await expect(overview.rows).toHaveCount(1)
    await overview.rows.getByRole('rowheader').getByRole('link').click()
    await expect(tab.saveButton).toBeVisible()
    await tab.connectionText.fill('Un autre texte à ne pas perdre')
    await page.evaluate(() => window.history.back())
    await expect(tab.leaveDialog).toBeVisible()
    await tab.leaveDialog.getByRole('button', { name: 'Rester sur la page' }).click()
    await expect(page).toHaveURL(new RegExp(`/tenants/${configuredTenant}/france-connect$`))
    await expect(tab.connectionText).toHaveValue('Un autre texte à ne pas perdre')
    await page.evaluate(() => window.history.back())
    await tab.leaveDialog.getByRole('button', { name: 'Quitter la page' }).click()
    await expect(page).toHaveURL(new RegExp(`/\\?q=${configuredTenant}$`))
    await expect(overview.rows).toHaveCount(1)
    await page.evaluate(() => window.history.forward())
    await expect(page).toHaveURL(new RegExp(`/tenants/${configuredTenant}/france-connect$`))

    // Closing or reloading the tab with unsaved changes: the browser's own confirmation.
    await tab.connectionText.fill('Encore un texte')
    const prompt = page.waitForEvent('dialog')
    void page.close({ runBeforeUnload: true })
    const dialog = await prompt
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
  },
)

test(
  'turning FranceConnect off for a tenant that uses it asks for confirmation',
  { tag: '@mock' },
  async ({ page, tab, configuredTenant, author }) => {
    await tab.goto(configuredTenant)
    await tab.activation.click()
    await expect(tab.disableDialog).toContainText('ne verront plus le bouton FranceConnect')
    await expectSoundState(page, 'disable confirmation modal')
    await tab.disableDialog.getByRole('button', { name: 'Garder FranceConnect activé' }).click()
    await expect(tab.disableDialog).toBeHidden()
    await expect(tab.activation).toBeChecked()
    await expect(tab.activation).toBeFocused()
    await expect(tab.saveButton).toBeDisabled()

    await tab.activation.click()
    await tab.disableDialog.getByRole('button', { name: 'Désactiver FranceConnect' }).click()
    await expect(tab.activation).not.toBeChecked()
    await expect(tab.activation).toBeFocused()
    await tab.save()
    await tab.expectSaved()
    await page.reload()
    await expect(tab.activation).not.toBeChecked()
    await expect(
      page.getByText(new RegExp(`Dernière modification le .* par ${author.source}`)),
    ).toBeVisible()
  },
)

test(
  'a new tenant is turned on without any confirmation',
  { tag: '@mock' },
  async ({ tab, freshTenant }) => {
    await tab.goto(freshTenant)
    await tab.configure({ clientId: issuedClientId(), secret: newSecret() })
    await expect(tab.disableDialog).toHaveCount(0)
    await tab.setActivation(false)
    await expect(tab.disableDialog).toHaveCount(0)
  },
)
