// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderTab } from '../../../test/render-tab'

/**
 * A backend written from the contract as first published (1.0): settings without the fields
 * added since, no tenant resource, no environment catalogue, and a strict PUT that refuses any
 * key it does not know. Its responses are replayed as such, independently of the mock API.
 */
const FIRST_VERSION_KEYS = [
  'enabled',
  'buttonVariant',
  'connectionText',
  'clientId',
  'environmentUrl',
  'clientSecret',
]

function firstVersionBackend() {
  let revision = 4
  let settings: Record<string, unknown> = {
    enabled: true,
    buttonVariant: 'FCboutons-10',
    connectionText: 'Connectez-vous avec FranceConnect.',
    clientId: 'a'.repeat(64),
    clientSecretConfigured: true,
    environmentUrl: 'https://app.franceconnect.gouv.fr',
    updatedAt: '2026-02-03T10:00:00Z',
    updatedBy: 'Équipe portail',
  }
  const bodies: Record<string, unknown>[] = []
  const notFound = () =>
    HttpResponse.json(
      { status: 404, title: 'Not Found' },
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
    )
  server.use(
    http.get(`${TEST_API_BASE_URL}/tenants/premiere-version`, notFound),
    http.get(`${TEST_API_BASE_URL}/france-connect/environments`, notFound),
    http.get(`${TEST_API_BASE_URL}/tenants/premiere-version/france-connect`, () =>
      HttpResponse.json(settings, { headers: { ETag: `"${revision}"` } }),
    ),
    http.put(
      `${TEST_API_BASE_URL}/tenants/premiere-version/france-connect`,
      async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>
        bodies.push(body)
        const unknown = Object.keys(body).filter((key) => !FIRST_VERSION_KEYS.includes(key))
        if (unknown.length > 0 || request.headers.get('If-Match') !== `"${revision}"`) {
          return HttpResponse.json(
            {
              status: 422,
              errors: unknown.map((key) => ({ pointer: `/${key}`, detail: 'inconnu' })),
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          )
        }
        const { clientSecret: _secret, ...rest } = body
        revision += 1
        settings = { ...settings, ...rest, updatedAt: '2026-11-25T10:00:00Z', updatedBy: 'Moi' }
        return HttpResponse.json(settings, { headers: { ETag: `"${revision}"` } })
      },
    ),
  )
  return bodies
}

describe('against a backend of the contract’s first version', () => {
  it('loads, saves twice, and never sends a field that backend does not know', async () => {
    const bodies = firstVersionBackend()
    const { user } = renderTab('premiere-version')

    const text = await screen.findByLabelText(/Texte de connexion/)
    expect(text).toHaveValue('Connectez-vous avec FranceConnect.')
    expect(screen.queryByText(/ne respecte pas le contrat/)).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /Activer FranceConnect/ })).toBeChecked()
    expect(screen.getByText(/ne l’enregistre pas/)).toBeInTheDocument()
    expect(await screen.findByText('Adresse du portail inconnue du serveur')).toBeInTheDocument()

    await user.clear(text)
    await user.type(text, 'Première modification')
    await user.click(screen.getByRole('radio', { name: /FCboutons-11/ }))
    await user.click(screen.getByLabelText(/Je confirme le choix de FCboutons-11/))
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByRole('status')).toHaveTextContent('ont été enregistrés')

    await user.clear(text)
    await user.type(text, 'Seconde modification')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await within(screen.getByRole('status')).findByText(/ont été enregistrés/)

    expect(bodies).toHaveLength(2)
    for (const body of bodies)
      expect(Object.keys(body).sort()).toEqual([
        'buttonVariant',
        'clientId',
        'connectionText',
        'enabled',
        'environmentUrl',
      ])
    expect(bodies[1]).toMatchObject({
      connectionText: 'Seconde modification',
      buttonVariant: 'FCboutons-11',
    })
  })
})
