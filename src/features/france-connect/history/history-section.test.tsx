// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockFaults, mockStore, server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderTab } from '../../../test/render-tab'
import { historySection, journalSave, secret } from '../../../test/history'

describe('the history of changes', () => {
  it('shows a save as it happens: each setting by name, before → after, never the secret', async () => {
    const { user } = renderTab('mairie-exemple')
    // mairie-exemple's own story: its key saved by a colleague, then switched on.
    const seeded = await within(await historySection()).findAllByRole('heading', {
      level: 3,
      name: /^Réglages enregistrés le /,
    })
    expect(seeded.map((heading) => heading.textContent)).toEqual([
      'Réglages enregistrés le 14 octobre 2026 à 11:30',
      'Réglages enregistrés le 30 septembre 2026 à 11:30',
    ])

    const text = screen.getByLabelText(/Texte de connexion/)
    await user.clear(text)
    await user.type(text, 'Nouveau texte')
    await user.click(screen.getByRole('radio', { name: /Intégration/ }))
    await user.type(screen.getByLabelText(/Secret client \(Client secret\)/), secret)
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByRole('status')).toHaveTextContent('ont été enregistrés')

    const section = await historySection()
    const entries = await within(section).findAllByRole('heading', {
      level: 3,
      name: /^Réglages enregistrés le /,
    })
    expect(entries).toHaveLength(3)
    const newest = entries[0]?.closest('li')
    if (!newest) throw new Error('the newest entry is a list item')
    expect(newest).toHaveTextContent('par Utilisateur de démonstration')
    expect(newest).toHaveTextContent(
      /Texte de connexion : avant : « FranceConnect est la solution .* » → ; après : « Nouveau texte »/,
    )
    expect(newest).toHaveTextContent(
      'Environnement FranceConnect : avant : Production → ; après : Intégration',
    )
    expect(newest).toHaveTextContent('Secret client : secret remplacé')
    // The version just saved is the one shown: nothing to bring back from it.
    expect(within(newest).getByText('Version actuelle')).toBeInTheDocument()
    expect(within(newest).queryByRole('button', { name: /Reprendre/ })).not.toBeInTheDocument()
    expect(document.body.innerHTML).not.toContain(secret)
  })

  it('tells connection tests by outcome, the failed checks by name, and skips unknown kinds', async () => {
    const test = (at: string, outcome: 'passed' | 'failed', failedChecks: string[]) =>
      mockStore.record('mairie-exemple', {
        at,
        actor: { name: 'Camille Martin', subject: null },
        kind: 'connection-tested',
        revision: null,
        changes: [],
        connectionTest: { id: at, outcome, failedChecks },
      })
    test('2026-10-12T07:30:00Z', 'failed', ['client', 'secret'])
    mockStore.record('mairie-exemple', {
      at: '2026-10-13T07:30:00Z',
      actor: { name: 'Camille Martin', subject: null },
      kind: 'tenant-renamed',
      revision: null,
      changes: [],
    })
    test('2026-10-14T07:30:00Z', 'passed', [])
    const { user } = renderTab('mairie-exemple')

    const section = await historySection()
    const headings = within(section).getAllByRole('heading', { level: 3 })
    // The unknown kind is left out; then mairie-exemple's own five entries.
    expect(headings.map((heading) => heading.textContent).slice(0, 3)).toEqual([
      'Connexion testée le 14 octobre 2026 à 09:30',
      'Connexion testée le 12 octobre 2026 à 09:30',
      'Réglages enregistrés le 14 octobre 2026 à 11:30',
    ])
    expect(headings).toHaveLength(7)
    const [passed, failed] = within(section).getAllByText(/^Test de connexion :/)
    expect(passed).toHaveTextContent('Test de connexion : réussi')
    expect(failed).toHaveTextContent(
      'Test de connexion : échouéContrôles non réussis : Identifiant client et URL de redirection, Secret client.',
    )

    // A test run from the tab joins the history at once.
    await user.click(screen.getByRole('button', { name: 'Tester la connexion' }))
    await waitFor(() => {
      expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(8)
    })
    expect(within(section).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      /^Connexion testée le /,
    )
  })

  it('shows older entries on request, says how many, and moves focus to the first of them', async () => {
    for (let day = 1; day <= 12; day += 1)
      journalSave('mairie-exemple', `2026-10-${String(day).padStart(2, '0')}T07:30:00Z`)
    const { user } = renderTab('mairie-exemple')

    const section = await historySection()
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(10)
    await user.click(
      within(section).getByRole('button', { name: 'Afficher les modifications plus anciennes' }),
    )

    const older = await within(section).findByRole('heading', {
      name: 'Réglages enregistrés le 2 octobre 2026 à 09:30',
    })
    await waitFor(() => {
      expect(older).toHaveFocus()
    })
    // The twelve saves above and mairie-exemple's own five entries.
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(17)
    expect(section.querySelector('[aria-live="polite"]')).toHaveTextContent(
      '7 modifications de plus affichées (17 en tout) : tout l’historique est affiché.',
    )
    expect(
      within(section).queryByRole('button', { name: 'Afficher les modifications plus anciennes' }),
    ).not.toBeInTheDocument()
  })

  it('says when the history could not be read, and reads it again on request', async () => {
    let calls = 0
    server.use(
      http.get(`${TEST_API_BASE_URL}/tenants/:tenantId/france-connect/history`, () => {
        calls += 1
        // The first read and its two automatic retries fail.
        return calls <= 3 ? new HttpResponse(null, { status: 503 }) : undefined
      }),
    )
    // portaildesaides, never configured, has no journal yet.
    const { user } = renderTab('portaildesaides')
    const section = await historySection()
    expect(section).toHaveTextContent('L’historique n’a pas pu être chargé')
    await user.click(within(section).getByRole('button', { name: 'Réessayer' }))
    expect(await historySection()).toHaveTextContent(
      'Aucune modification enregistrée pour l’instant.',
    )
    expect(
      screen.getByRole('region', { name: 'Historique des modifications' }),
    ).not.toHaveTextContent('pas pu être chargé')
  })

  it('is left out when the backend keeps no journal', async () => {
    mockFaults.select('contract-1.0')
    const answered: number[] = []
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.url.includes('/history')) answered.push(response.status)
    }
    server.events.on('response:mocked', listener)
    renderTab('mairie-exemple')
    await screen.findByRole('button', { name: 'Enregistrer' })
    await waitFor(() => {
      expect(answered).toEqual([404])
    })
    await waitFor(() => {
      expect(
        screen.queryByRole('heading', { name: 'Historique des modifications' }),
      ).not.toBeInTheDocument()
    })
    server.events.removeListener('response:mocked', listener)
  })
})
