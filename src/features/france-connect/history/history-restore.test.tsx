// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderTab } from '../../../test/render-tab'
import { historySection, journalSave, mairieValues, secret } from '../../../test/history'

describe('bringing a version of the history back', () => {
  it('brings a version back as unsaved edits, checked like any edit on save', async () => {
    const current = mairieValues()
    journalSave('mairie-exemple', '2026-10-12T07:30:00Z', {
      ...current,
      buttonVariant: 'FCboutons-11',
      connectionText: 'Ancien texte',
      environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
      previewBackground: '#000091',
    })
    journalSave('mairie-exemple', '2026-10-14T09:30:00Z', current)
    const { user } = renderTab('mairie-exemple')

    const section = await historySection()
    expect(within(section).getByText('Version actuelle')).toBeInTheDocument()
    await user.click(
      within(section).getByRole('button', {
        name: 'Reprendre ces valeurs du 12 octobre 2026 à 09:30',
      }),
    )

    const restored = screen.getByRole('status')
    expect(restored).toHaveTextContent(
      'Valeurs du 12 octobre 2026 à 09:30 reprises : vérifiez-les, puis enregistrez.',
    )
    await waitFor(() => {
      expect(restored).toHaveFocus()
    })
    expect(screen.getByLabelText(/Texte de connexion/)).toHaveValue('Ancien texte')
    expect(screen.getByRole('radio', { name: /FCboutons-11/ })).toBeChecked()
    expect(screen.getByRole('radio', { name: /Intégration/ })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /Activer FranceConnect/ })).toBeChecked()
    expect(screen.getByLabelText(/Secret client \(Client secret\)/)).toHaveValue('')
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeEnabled()

    // Another environment than the stored key's: the usual rule asks for its secret.
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Secret client (Client secret) : Saisissez le secret client de cette clé',
    )
    await user.type(screen.getByLabelText(/Secret client \(Client secret\)/), secret)
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByRole('status')).toHaveTextContent('ont été enregistrés')

    await within(section).findAllByRole('heading', { level: 3, name: /Réglages enregistrés/ })
    await waitFor(() => {
      // The two saves above and mairie-exemple's own five entries, then this one.
      expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(8)
    })
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(
      'Texte de connexion : avant : « FranceConnect',
    )
    expect(within(section).getByText('Version actuelle')).toBeInTheDocument()
  })

  it('asks before a version brings FranceConnect off for users', async () => {
    journalSave('mairie-exemple', '2026-10-12T07:30:00Z', {
      ...mairieValues(),
      enabled: false,
      connectionText: 'Texte sans FranceConnect',
    })
    const { user } = renderTab('mairie-exemple')
    const section = await historySection()
    const restore = within(section).getByRole('button', {
      name: 'Reprendre ces valeurs du 12 octobre 2026 à 09:30',
    })
    const toggle = screen.getByRole('checkbox', { name: /Activer FranceConnect/ })

    await user.click(restore)
    const dialog = screen.getByRole('dialog', {
      name: 'Confirmer la désactivation de FranceConnect',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Garder FranceConnect activé' }))
    expect(toggle).toBeChecked()
    expect(screen.getByLabelText(/Texte de connexion/)).toHaveValue('Texte sans FranceConnect')
    expect(screen.getByRole('status')).toHaveTextContent('reprises')
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveFocus()
    })

    await user.click(restore)
    await user.click(
      within(
        screen.getByRole('dialog', { name: 'Confirmer la désactivation de FranceConnect' }),
      ).getByRole('button', { name: 'Désactiver FranceConnect' }),
    )
    expect(toggle).not.toBeChecked()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
