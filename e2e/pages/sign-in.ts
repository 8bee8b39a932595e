import { expect, type Page } from '@playwright/test'

/**
 * Signs in at the test OpenID provider's development page (any password): what a person does
 * at ProConnect or Keycloak. Call it once the browser is on the provider's sign-in form.
 */
export async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('mot-de-passe')
  await page.locator('button[type="submit"]').click()
}

/** Opens `path` signed out, signs in as `login`, and waits to be back on `path`. */
export async function signInFrom(page: Page, path: string, login: string) {
  await page.goto(path)
  await expect(page).toHaveURL(/\/interaction\//)
  await signInAtProvider(page, login)
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`))
}
