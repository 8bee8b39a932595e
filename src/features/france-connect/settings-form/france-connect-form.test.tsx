// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderTab } from '../../../test/render-tab'

const clientId = '0a1b2c3d4e5f'.repeat(5) + '0a1b'
const secret = 'c0ffee'.repeat(10) + 'c0ff'

/** Records the bodies of the PUT requests the tab sends. */
function recordSaves() {
  const bodies: unknown[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT')
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body))
  })
  return bodies
}

describe('the Intégration FranceConnect form', () => {
  it('shows a new tenant’s defaults once loaded', async () => {
    renderTab('portaildesaides')
    expect(screen.getByRole('status')).toHaveTextContent('Chargement des réglages')

    expect(await screen.findByRole('checkbox', { name: /Activer FranceConnect/ })).not.toBeChecked()
    // The sections below come in turn, each once the ones above are painted.
    expect(await screen.findByRole('radio', { name: /FCboutons-10/ })).toBeChecked()
    expect(screen.getByRole('radio', { name: /FCboutons-11/ })).not.toBeChecked()
    expect(await screen.findByLabelText(/Texte de connexion/)).toHaveValue(
      'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne',
    )
    expect(await screen.findByLabelText(/Identifiant client \(Client ID\)/)).toHaveValue('')
    expect(screen.getByLabelText(/Secret client \(Client secret\)/)).toHaveAttribute(
      'autocomplete',
      'new-password',
    )
    expect(await screen.findByRole('radio', { name: /Production/ })).not.toBeChecked()
    for (const name of [/Intégration/, /Autre URL/]) {
      expect(screen.getByRole('radio', { name })).not.toBeChecked()
    }
    expect(screen.getByText('https://app.franceconnect.gouv.fr')).toBeVisible()
    expect(screen.getByText('https://fcp-low.integ01.dev-franceconnect.fr')).toBeVisible()
  })

  it('sends the trimmed values and the secret, then empties the secret field', async () => {
    const saves = recordSaves()
    const { user, queryClient } = renderTab('portaildesaides')
    await user.click(await screen.findByRole('checkbox', { name: /Activer FranceConnect/ }))
    await user.type(screen.getByLabelText(/Identifiant client \(Client ID\)/), `  ${clientId} `)
    await user.type(screen.getByLabelText(/Secret client \(Client secret\)/), secret)
    await user.click(screen.getByRole('radio', { name: /Intégration/ }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    expect(await screen.findByRole('status')).toHaveTextContent('ont été enregistrés')
    expect(saves).toEqual([
      {
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText:
          'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne',
        clientId,
        environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
        previewBackground: '#FFFFFF',
        clientSecret: secret,
      },
    ])
    const secretField = screen.getByLabelText(/Secret client \(Client secret\)/)
    expect(secretField).toHaveValue('')
    expect(secretField).toHaveAccessibleName(
      /Un secret est enregistré : laissez ce champ vide pour le conserver/,
    )
    expect(document.body.innerHTML).not.toContain(secret)
    // Nothing the query client keeps (queries, mutations and their variables) holds it.
    const cached = [
      ...queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
      ...queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    ]
    expect(cached.length).toBeGreaterThan(0)
    expect(JSON.stringify(cached)).not.toContain(secret)
  })

  it('omits the clientSecret key when the stored secret is kept', async () => {
    const saves = recordSaves()
    const { user } = renderTab('mairie-exemple')
    const text = await screen.findByLabelText(/Texte de connexion/)
    await user.clear(text)
    await user.type(text, 'Nouveau texte')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    expect(await screen.findByRole('status')).toHaveTextContent('enregistré')
    expect(saves).toHaveLength(1)
    expect(saves[0]).not.toHaveProperty('clientSecret')
    expect(saves[0]).toMatchObject({ connectionText: 'Nouveau texte' })
  })

  it('refuses to save an invalid form, lists the fixes and sends nothing', async () => {
    const saves = recordSaves()
    const { user } = renderTab('portaildesaides')
    await user.click(await screen.findByRole('checkbox', { name: /Activer FranceConnect/ }))
    await user.type(screen.getByLabelText(/Identifiant client \(Client ID\)/), 'trop-court')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    const summary = await screen.findByRole('alert')
    await waitFor(() => {
      expect(summary).toHaveFocus()
    })
    expect(summary).toHaveTextContent('3 champs à corriger')
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Identifiant client (Client ID) : L’identifiant client doit contenir entre 32 et 64 caractères (actuellement 10).',
      'Secret client (Client secret) : Saisissez le secret client de cette clé : l’identifiant client ou l’environnement a changé, le secret enregistré ne correspond plus.',
      'Environnement FranceConnect : Choisissez l’environnement FranceConnect : il est obligatoire pour l’activer.',
    ])
    const clientIdField = screen.getByLabelText(/Identifiant client \(Client ID\)/)
    expect(clientIdField).toHaveAttribute('aria-invalid', 'true')
    expect(clientIdField).toHaveAccessibleDescription(/entre 32 et 64 caractères/)
    expect(clientIdField).toHaveValue('trop-court')

    await user.click(links[0] as HTMLElement)
    expect(clientIdField).toHaveFocus()
    expect(saves).toEqual([])
  })

  it('refuses a pasted text holding an invisible control character, next to the field, keeping it', async () => {
    const saves = recordSaves()
    const { user } = renderTab('mairie-exemple')
    const text = await screen.findByLabelText(/Texte de connexion/)
    await user.clear(text)
    await user.click(text)
    await user.paste('Bienvenue\u0000 à tous')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('1 champ à corriger')
    expect(text).toHaveAttribute('aria-invalid', 'true')
    expect(text).toHaveAccessibleDescription(/caractère invisible ou invalide/)
    expect(text).toHaveValue('Bienvenue\u0000 à tous')
    expect(saves).toEqual([])
  })

  it('shows a non-blocking notice for a client ID in an older format', async () => {
    const { user } = renderTab('portaildesaides')
    const field = await screen.findByLabelText(/Identifiant client \(Client ID\)/)
    await user.type(field, 'ABCDEF-0123456789-abcdef-0123456789')
    expect(field).toHaveAccessibleDescription(/pas le format que FranceConnect délivre aujourd’hui/)
    expect(field).not.toHaveAttribute('aria-invalid')
  })

  it('keeps what was typed under "Autre URL" across a detour through a preset', async () => {
    const { user } = renderTab('portaildesaides')
    await user.click(await screen.findByRole('radio', { name: /Autre URL/ }))
    await user.type(screen.getByLabelText(/URL du service FranceConnect/), 'https://fc.example.fr')
    await user.click(screen.getByRole('radio', { name: /Production/ }))
    expect(screen.queryByLabelText(/URL du service FranceConnect/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /Autre URL/ }))
    expect(screen.getByLabelText(/URL du service FranceConnect/)).toHaveValue(
      'https://fc.example.fr',
    )
  })

  it('says when loading failed and loads again on request', async () => {
    let calls = 0
    server.use(
      http.get(`${TEST_API_BASE_URL}/tenants/:tenantId/france-connect`, () => {
        calls += 1
        // The first read and its two automatic retries fail.
        return calls <= 3 ? new HttpResponse(null, { status: 500 }) : undefined
      }),
    )
    const { user } = renderTab('portaildesaides')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Impossible de charger les réglages FranceConnect')
    expect(calls).toBe(3)
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }))
    expect(await screen.findByRole('button', { name: 'Enregistrer' })).toBeInTheDocument()
    expect(calls).toBe(4)
  })

  it('says when the tenant does not exist', async () => {
    renderTab('inconnu')
    expect(await screen.findByRole('alert')).toHaveTextContent('Espace introuvable')
  })
})
