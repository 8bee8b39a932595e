// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '../../../test/render-app'

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

const table = () => screen.getByRole('table', { name: /^Espaces usagers/ })
/** The tenants of the table, by the names their rows are headed with. */
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
const search = () => new URLSearchParams(window.location.search)

async function openOverview(path = '/') {
  const view = renderApp(path)
  await screen.findByRole('table', { name: /^Espaces usagers/ }, { timeout: 8_000 })
  return view
}

describe('the tenants overview', () => {
  it('counts every tenant and shows the first page, sorted by name', async () => {
    renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Vue d’ensemble des espaces',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Chargement de la liste des espaces…')
    await screen.findByRole('table', { name: /^Espaces usagers/ }, { timeout: 8_000 })

    const summary = screen.getByRole('list', { name: 'Résumé de tous vos espaces' })
    expect(summary).toHaveTextContent('26 espaces')
    expect(summary).toHaveTextContent('15 avec FranceConnect activé')
    expect(summary).toHaveTextContent('11 avec FranceConnect désactivé')
    expect(within(summary).getByRole('link', { name: '8 espaces à traiter' })).toBeVisible()
    expect(document.title).toBe('Vue d’ensemble des espaces – Espace Administration')

    expect(table()).toHaveAccessibleName('Espaces usagers (26 résultats, page 1 sur 2)')
    expect(table()).not.toHaveAttribute('aria-busy')
    expect(rowNames()).toHaveLength(20)
    expect(rowNames()[0]).toBe('Ancien portail des démarches')
    const first = within(table()).getByRole('link', { name: 'Ancien portail des démarches' })
    expect(first).toHaveAttribute('href', '/tenants/ancien-portail/france-connect')
    const row = first.closest('tr')
    expect(row).toHaveTextContent('Activé')
    expect(row).toHaveTextContent('Arrêté')
    expect(row).toHaveTextContent('environnement arrêté')
    expect(row).toHaveTextContent('par Dominique Leroy')
    expect(screen.getByRole('columnheader', { name: /^Espace/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })

  it('filters by text, status, environment and « à traiter », in the address bar', async () => {
    const { user } = await openOverview()

    await user.type(screen.getByLabelText('Rechercher un espace'), 'ville')
    await user.click(screen.getByRole('button', { name: 'Rechercher' }))
    await waitFor(() => expect(table()).toHaveAccessibleName(/22 résultats/))
    expect(window.location.search).toBe('?q=ville')

    await user.selectOptions(screen.getByLabelText('FranceConnect'), 'Désactivé')
    await user.selectOptions(screen.getByLabelText('Environnement'), 'Intégration (obsolète)')
    await user.click(screen.getByRole('button', { name: 'Appliquer les filtres' }))
    await waitFor(() => expect(rowNames()).toEqual(['Ville de Orange']))
    expect(search().get('enabled')).toBe('false')
    expect(search().get('environment')).toBe('https://fcp-low.integ01.dev-franceconnect.fr')

    await user.click(screen.getByRole('button', { name: 'Réinitialiser les filtres' }))
    await waitFor(() => expect(rowNames()).toHaveLength(20))
    expect(window.location.search).toBe('')
    expect(screen.getByLabelText('Rechercher un espace')).toHaveValue('')

    await user.selectOptions(screen.getByLabelText('Environnement'), 'Aucun environnement')
    await user.click(screen.getByLabelText('À traiter seulement'))
    await user.click(screen.getByRole('button', { name: 'Appliquer les filtres' }))
    await screen.findByText('Aucun espace ne correspond à ces filtres.')
    expect(search().get('environment')).toBe('none')
    expect(search().get('toHandle')).toBe('true')

    await user.click(screen.getByRole('button', { name: 'Afficher tous les espaces' }))
    await waitFor(() => expect(rowNames()).toHaveLength(20))
    expect(screen.getByLabelText('À traiter seulement')).not.toBeChecked()
  })

  it('filters by step of the onboarding, and links each row to its page', async () => {
    const { user } = await openOverview()
    await user.selectOptions(
      screen.getByLabelText('Étape de la mise en service'),
      '3. Demande de mise en production',
    )
    await user.click(screen.getByRole('button', { name: 'Appliquer les filtres' }))
    await waitFor(() => expect(search().get('step')).toBe('3'))
    await waitFor(() =>
      expect(rowNames()).toEqual([
        'Portail de recette',
        'Ville de Besançon',
        'Ville de Dole',
        'Ville de Gap',
        'Ville de Issoire',
        'Ville de Mâcon',
        'Ville de Orange',
        'Ville de Rodez',
        'Ville de Tulle',
        'Ville de Yvetot',
      ]),
    )
    const recette = within(table()).getByRole('link', {
      name: 'Étape 3 sur 6 de la mise en service de Portail de recette',
    })
    expect(recette).toHaveAttribute(
      'href',
      expect.stringMatching(/tenants\/recette-exemple\/france-connect\/mise-en-service$/),
    )
    expect(recette.closest('tr')).toHaveTextContent('demande en attente depuis longtemps')
  })

  it('lists the tenants to handle from their count, each with its reasons', async () => {
    const { user } = await openOverview('/?page=2')
    await user.click(screen.getByRole('link', { name: '8 espaces à traiter' }))
    await waitFor(() => expect(table()).toHaveAccessibleName('Espaces usagers (8 résultats)'))
    expect(window.location.search).toBe('?toHandle=true')
    expect(screen.getByLabelText('À traiter seulement')).toBeChecked()
    for (const row of within(table()).getAllByRole('row').slice(1)) {
      expect(row.lastElementChild?.textContent).toMatch(
        /environnement arrêté|environnement obsolète|activé sans secret|dernier test de connexion échoué/,
      )
    }
  })

  it('sorts with the column headers’ buttons, and says how with aria-sort', async () => {
    const { user } = await openOverview()
    await user.click(screen.getByRole('button', { name: 'Trier par nom, ordre décroissant' }))
    await waitFor(() => expect(rowNames()[0]).toBe('Ville de Yvetot'))
    expect(window.location.search).toBe('?order=desc')
    expect(screen.getByRole('columnheader', { name: /^Espace/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(screen.getByRole('button', { name: 'Trier par nom, ordre croissant' })).toHaveFocus()

    await user.click(
      screen.getByRole('button', {
        name: 'Trier par date de dernière modification, ordre croissant',
      }),
    )
    await waitFor(() => expect(window.location.search).toBe('?sort=lastChange'))
    const sorted = screen
      .getAllByRole('columnheader')
      .filter((header) => header.hasAttribute('aria-sort'))
    expect(sorted).toHaveLength(1)
    expect(sorted[0]).toHaveTextContent('Dernière modification')
    expect(sorted[0]).toHaveAttribute('aria-sort', 'ascending')
  })

  it('pages through the tenants with links that carry the filters', async () => {
    const { user } = await openOverview('/?sort=id')
    const pagination = await screen.findByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByText('1')).toHaveAttribute('aria-current', 'page')
    expect(within(pagination).getByText('Page précédente')).toHaveAttribute('aria-disabled', 'true')
    expect(within(pagination).getByText('Page précédente')).not.toHaveAttribute('href')
    const next = within(pagination).getByRole('link', { name: 'Page suivante' })
    expect(next).toHaveAttribute('href', '/?sort=id&page=2')

    await user.click(next)
    await waitFor(() => expect(table()).toHaveAccessibleName(/page 2 sur 2/))
    await waitFor(() => expect(rowNames()).toHaveLength(6))
    expect(table()).toHaveFocus()
    expect(within(pagination).getByText('2')).toHaveAttribute('aria-current', 'page')
    expect(within(pagination).getByText('Dernière page')).toHaveAttribute('aria-disabled', 'true')
  })

  it('reads values it does not know in the address as the defaults', async () => {
    await openOverview('/?page=abc&sort=nope&order=up&enabled=peut-etre&q=gap&pageSize=500')
    await waitFor(() => expect(rowNames()).toEqual(['Ville de Gap']))
    expect(screen.getByLabelText('Rechercher un espace')).toHaveValue('gap')
    expect(screen.getByLabelText('FranceConnect')).toHaveValue('')
  })

  it('shows the last page instead of one past the end', async () => {
    await openOverview('/?enabled=true&page=2')
    await waitFor(() => expect(window.location.search).toBe('?enabled=true'))
    await waitFor(() => expect(rowNames()).toHaveLength(15))
  })

  it('follows the browser’s back and forward buttons', async () => {
    const { user } = await openOverview()
    await user.selectOptions(screen.getByLabelText('FranceConnect'), 'Activé')
    await user.click(screen.getByRole('button', { name: 'Appliquer les filtres' }))
    await waitFor(() => expect(table()).toHaveAccessibleName(/15 résultats/))

    window.history.back()
    await waitFor(() => expect(table()).toHaveAccessibleName(/26 résultats/))
    expect(screen.getByLabelText('FranceConnect')).toHaveValue('')
    window.history.forward()
    await waitFor(() => expect(table()).toHaveAccessibleName(/15 résultats/))
    expect(screen.getByLabelText('FranceConnect')).toHaveValue('true')
  })
})
