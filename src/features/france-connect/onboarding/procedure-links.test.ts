import { describe, expect, it } from 'vitest'
import { DEFAULT_WORDING } from '#contract/onboarding'
import { datapassRequestLink, productionFormUrl } from './procedure-links'

describe('the DataPass request link', () => {
  it('pre-fills the recommended wording, the legal frame, eidas_1 and the portal’s scopes', () => {
    const link = new URL(
      datapassRequestLink(
        { editorName: 'Éditeur SA', solutionName: 'Portail+' },
        'Mairie d’Exemple',
      ),
    )
    expect(`${link.origin}${link.pathname}`).toBe(
      'https://datapass.api.gouv.fr/formulaires/france-connect/demande/nouveau',
    )
    expect(link.searchParams.get('intitule')).toBe(
      'Connexion avec FranceConnect – Mairie d’Exemple',
    )
    expect(link.searchParams.get('description')).toMatch(
      /^Ce portail se basera sur la solution « Portail\+ » de Éditeur SA, éditeur partenaire de FranceConnect\./,
    )
    expect(link.searchParams.get('cadre_juridique_nature')).toMatch(/^Arrêté du 8 novembre 2018/)
    expect(link.searchParams.get('cadre_juridique_url')).toMatch(/JORFTEXT000037611479/)
    expect(link.searchParams.get('france_connect_eidas')).toBe('eidas_1')
    expect(link.searchParams.getAll('scopes[]')).toEqual(
      expect.arrayContaining(['openid', 'family_name', 'given_name', 'birthdate', 'email']),
    )
  })

  it('says the procedure’s own names by default', () => {
    expect(
      new URL(datapassRequestLink(DEFAULT_WORDING, 'P')).searchParams.get('description'),
    ).toContain('« Aiden » de MGDIS')
  })

  it('picks the production form from the portal’s FranceConnect version', () => {
    expect(productionFormUrl('v2')).toBe(
      'https://demarche.numerique.gouv.fr/commencer/demande-creation-fs-fc',
    )
    expect(productionFormUrl('v1')).toBe(
      'https://demarche.numerique.gouv.fr/commencer/demande-creation-fs-fc-v1-editeurs',
    )
  })
})
