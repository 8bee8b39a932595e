import { expect, test as setup } from '@playwright/test'
import { storageStateOf } from './support/reference-server'
import { signInFrom } from './pages/sign-in'

setup('Bruno signs in, for the journeys on the reference server', async ({ page }) => {
  await signInFrom(page, 'tenants/portaildesaides/france-connect', 'bruno')
  await expect(page.getByText('Bruno Bernard')).toBeVisible()
  await page.context().storageState({ path: storageStateOf('bruno') })
})
