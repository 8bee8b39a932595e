// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFaults, mockStore, server } from '../../../mocks/node'
import { renderTab, renderWithProviders } from '../../../test/render-tab'
import { OnboardingPage } from './onboarding-page'

const renderPage = (tenantId: string) => renderWithProviders(<OnboardingPage tenantId={tenantId} />)

async function ready() {
  return screen.findByRole('button', { name: 'Enregistrer l’avancement' }, { timeout: 8_000 })
}

describe('the « Mise en service de FranceConnect » page', () => {
  it('records a DataPass request, and its number and organisation appear where the production form needs them', async () => {
    const { user } = renderPage('portaildesaides')
    const save = await ready()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Mise en service de FranceConnect',
    )
    expect(document.querySelector('.fr-stepper__state')).toHaveTextContent('Étape 1 sur 6')

    const prepare = screen.getByRole('link', { name: /^Préparer la demande DataPass/ })
    const link = new URL(prepare.getAttribute('href') ?? '')
    expect(link.searchParams.get('description')).toContain('« Aiden » de MGDIS')
    expect(link.searchParams.get('france_connect_eidas')).toBe('eidas_1')

    await user.type(screen.getByLabelText(/^Numéro de la demande DataPass/), '98765')
    await user.selectOptions(screen.getByLabelText(/^État de la demande DataPass/), 'soumise')
    await user.type(screen.getByLabelText(/^Nom de l’organisation/), 'Département des aides')
    await user.type(screen.getByLabelText(/^SIRET/), '217 500 016 00019')
    expect(screen.getByLabelText(/^Numéro de demande d’habilitation DataPass/)).toHaveValue('98765')
    expect(screen.getByLabelText(/^Organisation déclarée sur DataPass/)).toHaveValue(
      'Département des aides',
    )
    expect(
      screen.getByRole('link', { name: /^Ouvrir la demande DataPass n° 98765/ }),
    ).toHaveAttribute('href', 'https://datapass.api.gouv.fr/demandes/98765')
    await user.click(save)

    expect(await screen.findByRole('status', {}, { timeout: 5_000 })).toHaveTextContent(
      'Mise en service enregistrée',
    )
    const stored = mockStore.onboarding('portaildesaides')
    expect(stored.input.datapass).toEqual({
      number: '98765',
      state: 'submitted',
      organisationName: 'Département des aides',
      siret: '21750001600019',
    })
    await waitFor(() => {
      expect(screen.getByText(/^État enregistré depuis le /)).toHaveTextContent(
        '(0 jours), par Utilisateur de démonstration',
      )
    })
    expect(mockStore.journal('portaildesaides')[0]).toMatchObject({ kind: 'onboarding-saved' })
  })

  it('says next to each field what is wrong, keeps what was typed, and saves nothing', async () => {
    const { user } = renderPage('portaildesaides')
    const save = await ready()
    await user.type(screen.getByLabelText(/^Numéro de la demande DataPass/), 'DP-12')
    await user.type(screen.getByLabelText(/^SIRET/), '21750001600018')
    await user.click(save)

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Rien n’a été enregistré : 2 champs à corriger')
    expect(summary).toHaveTextContent(
      'Numéro de la demande DataPass : Le numéro de la demande DataPass ne contient que des chiffres',
    )
    const siret = screen.getByLabelText(/^SIRET/)
    expect(siret).toHaveAttribute('aria-invalid', 'true')
    expect(siret).toHaveValue('21750001600018')
    expect(document.getElementById('field-datapass.siret-messages')).toHaveTextContent(
      'sa clé de contrôle est fausse',
    )
    expect(mockStore.onboarding('portaildesaides').revision).toBe(0)
  })

  it('shows a field the server refused next to it (422), the typed values kept', async () => {
    mockFaults.select('invalid')
    const { user } = renderPage('portaildesaides')
    const save = await ready()
    await user.type(screen.getByLabelText(/^SIRET/), '21750001600019')
    await user.click(save)
    expect(await screen.findByRole('alert')).toHaveTextContent('SIRET : Ce SIRET n’est pas celui')
    expect(screen.getByLabelText(/^SIRET/)).toHaveValue('21750001600019')
    expect(screen.getByLabelText(/^SIRET/)).toHaveAttribute('aria-invalid', 'true')
  })

  it('offers to save over a version saved meanwhile (412), or to take it', async () => {
    mockFaults.select('conflict')
    const { user } = renderPage('portaildesaides')
    const save = await ready()
    await user.type(screen.getByLabelText(/^Numéro du dossier/), '1234567')
    await user.click(save)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('La mise en service a été modifiée entre-temps')
    expect(alert).toHaveTextContent('par Claude Bernard')
    expect(screen.getByLabelText(/^Numéro du dossier/)).toHaveValue('1234567')
    await user.click(
      within(alert).getByRole('button', { name: 'Enregistrer mes saisies à la place' }),
    )
    expect(await screen.findByRole('status')).toHaveTextContent('Mise en service enregistrée')
    expect(mockStore.onboarding('portaildesaides').input.production.dossierNumber).toBe('1234567')
  })

  it('lays out the production form’s values section by section, v2 then v1', async () => {
    const { user } = renderPage('mairie-exemple')
    await ready()
    expect(document.querySelector('.fr-stepper__title')).toHaveTextContent('Connexion vérifiée')
    expect(screen.getByLabelText(/^Numéro de demande d’habilitation DataPass/)).toHaveValue('61432')
    expect(screen.getByLabelText(/^URL de redirection de connexion/)).toHaveValue(
      'https://demarches.mairie-exemple.fr/account-management/mairie-exemple-demandeurs/france-connect/code',
    )
    expect(screen.getByLabelText(/^IP à déclarer/)).toHaveValue('203.0.113.10')
    expect(screen.getByLabelText(/^Algorithme de signature/)).toHaveValue('ES256')
    expect(screen.getByLabelText(/^Réutiliser les subs/)).toHaveValue('Non')
    const headings = screen
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent)
    expect(headings).toEqual([
      '1. Choix de l’environnement',
      '2. Informations liées au Datapass',
      '3. Configuration de votre Fournisseur de Service',
      '4. Gestion des subs pour votre Fournisseur de Service',
    ])
    expect(screen.getByRole('region', { name: '4. Clé reçue' })).toHaveTextContent(
      /Fait le 30 septembre 2026 à .* par Alex Dupont/,
    )
    expect(screen.getByRole('region', { name: '5. Connexion vérifiée' })).toHaveTextContent(
      'À faire',
    )

    await user.click(screen.getByRole('radio', { name: /FranceConnect v1/ }))
    expect(screen.queryByLabelText(/^Algorithme de signature/)).not.toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: /^Ouvrir le formulaire de mise en production \(v1\)/ }),
    ).toHaveAttribute(
      'href',
      'https://demarche.numerique.gouv.fr/commencer/demande-creation-fs-fc-v1-editeurs',
    )
  })

  it('warns where the steps disagree: an integration key still used after the dossier was accepted', async () => {
    const recette = mockStore.onboarding('recette-exemple')
    mockStore.putOnboarding('recette-exemple', {
      ...recette,
      input: { ...recette.input, production: { ...recette.input.production, state: 'accepte' } },
    })
    renderPage('recette-exemple')
    await ready()
    expect(
      screen.getByText(/l’onglet utilise encore une clé d’intégration ou de bac à sable/),
    ).toBeVisible()
  })

  it('tells a backend before 1.6 apart: no page content, and no summary on the tab', async () => {
    mockFaults.select('contract-1.0')
    const page = renderPage('mairie-exemple')
    expect(
      await screen.findByText('Mise en service non suivie par ce serveur', {}, { timeout: 8_000 }),
    ).toBeVisible()
    expect(
      screen.queryByRole('button', { name: 'Enregistrer l’avancement' }),
    ).not.toBeInTheDocument()
    page.unmount()

    const answered: number[] = []
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.url.endsWith('/onboarding')) answered.push(response.status)
    }
    server.events.on('response:mocked', listener)
    renderTab('mairie-exemple')
    await screen.findByRole('button', { name: 'Enregistrer' }, { timeout: 8_000 })
    await waitFor(() => {
      expect(answered).toContain(404)
    })
    server.events.removeListener('response:mocked', listener)
    expect(document.querySelector('.fc-onboarding-summary')).toBeEmptyDOMElement()
    expect(
      screen.queryByRole('link', { name: /^Suivre la mise en service/ }),
    ).not.toBeInTheDocument()
  })
})

describe('the tab’s line on the onboarding', () => {
  it('says the step and links to the page', async () => {
    renderTab('recette-exemple')
    const link = await screen.findByRole(
      'link',
      { name: /^Suivre la mise en service/ },
      { timeout: 8_000 },
    )
    expect(link).toHaveAttribute(
      'href',
      expect.stringMatching(/tenants\/recette-exemple\/france-connect\/mise-en-service$/),
    )
    expect(link.closest('p')).toHaveTextContent(
      'Mise en service : étape 3 sur 6 – Demande de mise en production (en instruction).',
    )
  })
})
