import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../lib/api-client'
import { testConfig } from '../test/render-tab'
import { Layout } from './layout'
import { Providers } from './providers'
import { createQueryClient } from './query-client'

function renderLayout(mockApi: boolean) {
  render(
    <Providers
      config={{ ...testConfig, mockApi }}
      api={createApiClient({ baseUrl: testConfig.apiBaseUrl, timeoutMs: 1_000 })}
      queryClient={createQueryClient()}
    >
      <Layout crumbs={[{ label: 'Accueil', to: '' }, { label: 'Intégration FranceConnect' }]}>
        <h1>Intégration FranceConnect</h1>
      </Layout>
    </Providers>,
  )
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
})
