// @vitest-environment happy-dom
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Session } from '#contract/session'
import { server, TEST_API_BASE_URL } from '../mocks/node'
import { createApiClient } from '../lib/api-client'
import { testConfig } from '../test/render-tab'
import { Layout } from './layout'
import { Providers } from './providers'
import { createQueryClient } from './query-client'

function renderLayout(mockApi: boolean) {
  const queryClient = createQueryClient()
  render(
    <Providers
      config={{ ...testConfig, mockApi }}
      api={createApiClient({ baseUrl: testConfig.apiBaseUrl, timeoutMs: 1_000 })}
      queryClient={queryClient}
    >
      <Layout crumbs={[{ label: 'Accueil', to: '' }, { label: 'Intégration FranceConnect' }]}>
        <h1>Intégration FranceConnect</h1>
      </Layout>
    </Providers>,
  )
  return queryClient
}

describe('the page frame', () => {
  it('says data is simulated only while the mock API is on', () => {
    renderLayout(true)
    expect(screen.getByText('Mode démonstration : les données sont simulées.')).toBeVisible()
  })

  it('has no demo notice against a real backend', () => {
    renderLayout(false)
    expect(screen.queryByText(/Mode démonstration/)).not.toBeInTheDocument()
  })

  it('offers skip links, a banner, a breadcrumb, the main content and a footer', () => {
    renderLayout(false)
    expect(screen.getByRole('link', { name: 'Contenu' })).toHaveAttribute('href', '#contenu')
    expect(screen.getByRole('banner')).toHaveTextContent('Espace Administration')
    const breadcrumb = screen.getByRole('navigation', { name: 'vous êtes ici :' })
    expect(breadcrumb).toHaveTextContent('Intégration FranceConnect')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'contenu')
    expect(screen.getByRole('contentinfo')).toHaveAttribute('id', 'footer')
  })

  const withSession = (session: Session | null) =>
    server.use(
      http.get(`${TEST_API_BASE_URL}/session`, () =>
        session ? HttpResponse.json(session) : new HttpResponse(null, { status: 404 }),
      ),
    )

  it('shows who is signed in and « Se déconnecter » in the header', async () => {
    withSession({
      mode: 'oidc',
      user: { name: 'Alice Martin', subject: 'alice', email: 'alice@example.fr' },
      signInUrl: '/auth/login',
      signOutUrl: '/auth/logout',
    })
    renderLayout(false)
    const banner = screen.getByRole('banner')
    expect(await within(banner).findByText('Alice Martin')).toBeVisible()
    expect(within(banner).getByRole('button', { name: 'Se déconnecter' })).toBeVisible()
    expect(screen.queryByText(/Mode local/)).not.toBeInTheDocument()

    // On a small screen, the same tools are in the menu « Menu » opens.
    const user = userEvent.setup()
    await user.click(within(banner).getByRole('button', { name: 'Menu' }))
    const menu = screen.getByRole('dialog', { name: 'Menu' })
    expect(within(menu).getByText('Alice Martin')).toBeInTheDocument()
    await user.click(within(menu).getByRole('button', { name: 'Fermer' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(banner).getByRole('button', { name: 'Menu' })).toHaveFocus()
  })

  it('says when the server asks no one to sign in (its local mode)', async () => {
    withSession({
      mode: 'local',
      user: { name: 'Administrateur local', subject: null },
      signInUrl: null,
      signOutUrl: null,
    })
    renderLayout(false)
    expect(await screen.findByText('Mode local : aucune connexion n’est demandée.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Se déconnecter' })).not.toBeInTheDocument()
  })

  it('offers to sign in to someone signed out, and nothing from a backend without sessions', async () => {
    withSession({ mode: 'oidc', user: null, signInUrl: '/auth/login', signOutUrl: '/auth/logout' })
    renderLayout(false)
    const signIn = await screen.findByRole('link', { name: 'Se connecter' })
    expect(signIn.getAttribute('href')).toMatch(/\/auth\/login\?returnTo=%2F/)
  })

  it('shows no tools when the backend has no session resource (before 1.3)', async () => {
    withSession(null)
    const queryClient = renderLayout(false)
    await waitFor(() => {
      expect(queryClient.getQueryState(['session'])?.status).toBe('success')
    })
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument()
    expect(within(screen.getByRole('banner')).queryByRole('list')).not.toBeInTheDocument()
  })
})
