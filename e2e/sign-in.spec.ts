import { createHash } from 'node:crypto'
import pg from 'pg'
import { expect, expectSoundState, issuedClientId, newSecret, test } from './support/fixtures'
import { signInFrom } from './pages/sign-in'

// Administrators sign in at an OpenID provider (here a local oidc-provider, as ProConnect or
// Keycloak would be): each journey starts signed out, in a browser of its own.
test.use({ freshContext: true, storageState: { cookies: [], origins: [] } })

const SESSION_COOKIE = '__Host-reglages-session'

test(
  'Alice signs in from a deep link, configures her tenant, and is refused another',
  { tag: '@reference-server' },
  async ({ page, tab, freshTenant, request }) => {
    await signInFrom(page, 'tenants/portaildesaides/france-connect', 'alice')
    await expect(tab.heading).toBeVisible()
    const banner = page.getByRole('banner')
    await expect(banner.getByText('Alice Martin')).toBeVisible()
    await expect(banner.getByRole('button', { name: 'Se déconnecter' })).toBeVisible()
    await expectSoundState(page, 'signed in as Alice')

    await tab.connectionText.fill('Texte enregistré par Alice')
    await tab.save()
    await tab.expectSaved()
    await expect(page.getByText(/Dernière modification le .* par Alice Martin/)).toBeVisible()

    // Another tenant: refused in the tab, saying whom to ask…
    await page.goto(`tenants/${freshTenant}/france-connect`)
    const refusal = page.getByRole('alert')
    await expect(refusal).toContainText('Accès refusé à cet espace')
    await expect(refusal).toContainText(
      `npm run admins -- grant alice.martin@portaildesaides.fr ${freshTenant}`,
    )
    await expectSoundState(page, 'tenant refused')
    // …and in the API, with Alice's cookie, the same whether the tenant exists or not.
    const cookies = await page.context().cookies()
    const headers = { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') }
    expect(
      (await request.get(`api/tenants/${freshTenant}/france-connect`, { headers })).status(),
    ).toBe(403)
    expect(
      (await request.get('api/tenants/espace-inexistant/france-connect', { headers })).status(),
    ).toBe(403)
    expect(
      (await request.get('api/tenants/portaildesaides/france-connect', { headers })).status(),
    ).toBe(200)
  },
)

test(
  'signing out ends the session here and at the provider; the old cookie is refused',
  { tag: '@reference-server' },
  async ({ page, request }) => {
    await signInFrom(page, 'tenants/portaildesaides/france-connect', 'alice')
    const before = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE)
    expect(before?.httpOnly).toBe(true)
    expect(before?.secure).toBe(true)
    expect(before?.sameSite).toBe('Lax')

    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    // The provider's own logout page, then back to the application, signed out.
    await page.getByRole('button', { name: /sign me out/i }).click()
    await expect(page).toHaveURL(/\/interaction\//)
    const replayed = await request.get('api/tenants/portaildesaides/france-connect', {
      headers: { cookie: `${SESSION_COOKIE}=${before?.value ?? ''}` },
    })
    expect(replayed.status()).toBe(401)
  },
)

test(
  'a session that expires while editing keeps the edits, all but the secret, through signing in again',
  { tag: '@reference-server' },
  async ({ page, tab, referenceServer }) => {
    await signInFrom(page, 'tenants/portaildesaides/france-connect', 'alice')
    await tab.connectionText.fill('Modifié juste avant l’expiration')
    await tab.clientId.fill(issuedClientId())
    await tab.clientSecret.fill(newSecret())
    await tab.chooseEnvironment('Intégration')

    // This browser's session ends on the server (as after its idle time); the database keeps
    // the SHA-256 of the cookie, never the cookie.
    const token = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE)
    const idHash = createHash('sha256')
      .update(token?.value ?? '')
      .digest('base64url')
    const db = new pg.Client({ connectionString: referenceServer?.databaseUrl })
    await db.connect()
    expect((await db.query('delete from sessions where id_hash = $1', [idHash])).rowCount).toBe(1)
    await db.end()

    await tab.save()
    const expired = page.getByRole('dialog', { name: 'Votre session a expiré' })
    await expect(expired).toContainText('saisissez-le de nouveau')
    await expectSoundState(page, 'session expired')
    await expired.getByRole('button', { name: 'Se reconnecter' }).click()
    // Still signed in at the provider: straight back to the tab.
    await expect(page).toHaveURL(/\/tenants\/portaildesaides\/france-connect$/)
    await expect(
      page.getByRole('status').filter({ hasText: 'Vos modifications ont été restaurées' }),
    ).toBeVisible()
    await expect(tab.connectionText).toHaveValue('Modifié juste avant l’expiration')
    await expect(tab.environment('Intégration')).toBeChecked()
    await expect(tab.clientSecret).toHaveValue('')
    expect(JSON.stringify(await page.evaluate(() => Object.entries(sessionStorage)))).not.toContain(
      'secret-',
    )

    await tab.clientSecret.fill(newSecret())
    await tab.save()
    await tab.expectSaved()
  },
)

test(
  'a write or a sign-out from another site, carrying the cookie, is refused',
  { tag: '@reference-server' },
  async ({ page, tab, request, baseURL }) => {
    await signInFrom(page, 'tenants/portaildesaides/france-connect', 'bruno')
    const token = (await page.context().cookies()).find(
      (cookie) => cookie.name === SESSION_COOKIE,
    )?.value
    const cookie = `${SESSION_COOKIE}=${token ?? ''}`
    const current = await request.get('api/tenants/portaildesaides/france-connect', {
      headers: { cookie },
    })
    const forged = await request.put('api/tenants/portaildesaides/france-connect', {
      headers: {
        cookie,
        origin: 'https://site-malveillant.example',
        'sec-fetch-site': 'cross-site',
        'if-match': current.headers().etag ?? '',
      },
      data: { ...((await current.json()) as object), connectionText: 'Écrit par un autre site' },
    })
    expect(forged.status()).toBe(403)

    // A form on another origin of the same site (another port: SameSite=Lax lets the cookie go)
    // posts to the sign-out: the server refuses it, and the session lives on.
    const elsewhere = new URL(baseURL ?? '')
    elsewhere.port = '4199'
    await page.route(`${elsewhere.origin}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${new URL('auth/logout', baseURL).href}"><button>Envoyer</button></form>`,
      }),
    )
    await page.goto(elsewhere.href)
    await page.getByRole('button', { name: 'Envoyer' }).click()
    await expect(page.getByText('Requête d’une autre origine refusée')).toBeVisible()
    await tab.goto('portaildesaides')
    await expect(tab.connectionText).not.toHaveValue('Écrit par un autre site')
    await expect(page.getByRole('banner').getByText('Bruno Bernard')).toBeVisible()
  },
)
