import { describe, expect, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import type { HistoryEntry, HistoryValues } from '#contract/history'
import type { FranceConnectSettings } from '#contract/settings'
import { entryDates, entryView, moreShownText } from './history-text'
import { restoredValues, sameAsSaved } from './restore-values'

const saved = (changes: HistoryEntry['changes']): HistoryEntry => ({
  id: '1',
  at: '2026-10-12T07:30:00Z',
  actor: { name: 'Bruno Bernard', subject: null },
  kind: 'settings-saved',
  revision: 2,
  changes,
})

describe('what a history entry says', () => {
  it('tells an onboarding save field by field, states by their French names', () => {
    const view = entryView(
      {
        ...saved([
          { field: 'datapass.state', before: 'submitted', after: 'validated' },
          { field: 'production.dossierNumber', before: '', after: '1234567' },
          { field: 'production.state', before: 'not_filed', after: 'en_instruction' },
          { field: 'sandbox.state', before: 'not_requested', after: 'created' },
          { field: 'later.field', before: 'a', after: 'b' },
        ]),
        kind: 'onboarding-saved',
        revision: null,
      },
      BUILT_IN_ENVIRONMENTS,
    )
    expect(view).toEqual({
      kind: 'onboarding-saved',
      title: 'Mise en service mise à jour',
      lines: [
        { label: 'État de la demande DataPass', before: 'soumise', after: 'validée' },
        { label: 'Numéro du dossier', before: 'aucune valeur', after: '« 1234567 »' },
        { label: 'État du dossier', before: 'à déposer', after: 'en instruction' },
        { label: 'Bac à sable', before: 'non demandé', after: 'créé' },
        { label: 'later.field', before: '« a »', after: '« b »' },
      ],
    })
  })

  it('names each setting as the form does, with its value before and after', () => {
    const view = entryView(
      saved([
        { field: 'enabled', before: false, after: true },
        { field: 'buttonVariant', before: 'FCboutons-10', after: 'FCboutons-11' },
        { field: 'connectionText', before: 'Ancien texte', after: '' },
        { field: 'clientId', before: '', after: 'abc' },
        {
          field: 'environmentUrl',
          before: 'https://app.franceconnect.gouv.fr',
          after: 'https://fc.example.fr',
        },
        { field: 'previewBackground', before: null, after: '#000091' },
        { field: 'clientSecret', change: 'replaced' },
      ]),
      BUILT_IN_ENVIRONMENTS,
    )
    expect(view).toEqual({
      kind: 'settings-saved',
      title: 'Réglages enregistrés',
      lines: [
        { text: 'FranceConnect activé' },
        { label: 'Bouton de connexion', before: 'FCboutons-10', after: 'FCboutons-11' },
        { label: 'Texte de connexion', before: '« Ancien texte »', after: 'vide' },
        { label: 'Identifiant client (Client ID)', before: 'aucun', after: '« abc »' },
        {
          label: 'Environnement FranceConnect',
          before: 'Production',
          after: 'https://fc.example.fr',
        },
        { label: 'Couleur de fond du portail', before: 'aucune', after: '#000091' },
        { text: 'Secret client : secret remplacé' },
      ],
    })
  })

  it('says a connection test’s outcome and the checks that did not pass, by name', () => {
    const view = entryView(
      {
        ...saved([]),
        kind: 'connection-tested',
        revision: null,
        connectionTest: { id: 't', outcome: 'failed', failedChecks: ['secret', 'later-check'] },
      },
      BUILT_IN_ENVIRONMENTS,
    )
    expect(view).toEqual({
      kind: 'connection-tested',
      title: 'Connexion testée',
      passed: false,
      failedChecks: ['Secret client', 'later-check'],
    })
  })

  it('leaves out a kind of entry it does not know', () => {
    expect(entryView({ ...saved([]), kind: 'tenant-renamed' }, BUILT_IN_ENVIRONMENTS)).toBeNull()
  })

  it('dates entries in Paris time, to the second where two share a minute', () => {
    const dates = entryDates([
      { id: 'a', at: '2026-10-12T07:30:05Z' },
      { id: 'b', at: '2026-10-12T07:30:40Z' },
      { id: 'c', at: '2026-11-25T16:02:00Z' },
    ])
    expect([...dates.values()]).toEqual([
      '12 octobre 2026 à 09:30:05',
      '12 octobre 2026 à 09:30:40',
      '25 novembre 2026 à 17:02',
    ])
  })

  it('announces how many older entries were shown', () => {
    expect(moreShownText(10, 20, false)).toBe('10 modifications de plus affichées (20 en tout).')
    expect(moreShownText(1, 21, true)).toBe(
      '1 modification de plus affichée (21 en tout) : tout l’historique est affiché.',
    )
  })
})

const values: HistoryValues = {
  enabled: true,
  buttonVariant: 'FCboutons-11',
  connectionText: 'Texte',
  clientId: 'abc',
  environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
  previewBackground: null,
}

describe('a version brought back into the form', () => {
  it('takes every setting but the secret, the environment by its choice', () => {
    expect(
      restoredValues(values, { buttonVariant: 'FCboutons-10' }, BUILT_IN_ENVIRONMENTS, ''),
    ).toEqual({
      enabled: true,
      buttonVariant: 'FCboutons-11',
      previewBackground: '#FFFFFF',
      connectionText: 'Texte',
      clientId: 'abc',
      environmentChoice: 'integration',
      environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
    })
  })

  it('brings a retired host back under « Autre URL » unless the tenant still uses it', () => {
    const retired = { ...values, environmentUrl: 'https://app.franceconnect.gouv.fr/api/v1' }
    const current = { buttonVariant: 'FCboutons-10' } as const
    expect(restoredValues(retired, current, BUILT_IN_ENVIRONMENTS, '').environmentChoice).toBe(
      'other',
    )
    expect(
      restoredValues(retired, current, BUILT_IN_ENVIRONMENTS, retired.environmentUrl)
        .environmentChoice,
    ).toBe('v1-production')
  })

  it('knows the version that holds the saved settings', () => {
    const settings = {
      ...values,
      clientSecretConfigured: true,
      previewBackground: null,
    } as FranceConnectSettings
    expect(sameAsSaved(values, settings)).toBe(true)
    expect(sameAsSaved({ ...values, connectionText: 'Autre' }, settings)).toBe(false)
  })
})
