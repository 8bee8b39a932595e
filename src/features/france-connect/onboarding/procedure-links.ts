import type { Onboarding } from '#contract/onboarding'

// The sites of the procedure, and the values the configurer takes from one to the next.

export const DATAPASS_ORIGIN = 'https://datapass.api.gouv.fr'
export const DATAPASS_FORM = 'france-connect'
export const DEMARCHES_ORIGIN = 'https://demarche.numerique.gouv.fr'
export const PARTNERS_SPACE = 'https://espace.partenaires.franceconnect.gouv.fr'

export const LEGAL_FRAME = {
  nature:
    'Arrêté du 8 novembre 2018 relatif au téléservice dénommé « FranceConnect » créé par la direction interministérielle du numérique et du système d’information et de communication de l’Etat',
  url: 'https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000037611479&categorieLien=id',
} as const

/** DataPass writes the level `eidas_1` (OpenID Connect says `eidas1`). */
export const DATAPASS_EIDAS_LEVEL = 'eidas_1'

/** What the portal reads of a user: the identité pivot, the e-mail, and openid. */
export const PORTAL_SCOPES = [
  'openid',
  'given_name',
  'family_name',
  'birthdate',
  'birthplace',
  'birthcountry',
  'gender',
  'email',
] as const

type Wording = NonNullable<Onboarding['wording']>

/** The procedure's recommended description, with the editor and solution the backend names. */
export function recommendedDescription({ editorName, solutionName }: Wording): string {
  return `Ce portail se basera sur la solution « ${solutionName} » de ${editorName}, éditeur partenaire de FranceConnect. L’intégration du service FranceConnect étant native dans cette solution, l’organisme n’aura qu’à renseigner les clés d’utilisation pour mettre en œuvre le service FranceConnect dans le portail.`
}

export const recommendedTitle = (portalName: string) =>
  `Connexion avec FranceConnect – ${portalName}`

/** A new DataPass request, pre-filled (contact fields cannot be). */
export function datapassRequestLink(wording: Wording, portalName: string): string {
  const params = new URLSearchParams({
    intitule: recommendedTitle(portalName),
    description: recommendedDescription(wording),
    cadre_juridique_nature: LEGAL_FRAME.nature,
    cadre_juridique_url: LEGAL_FRAME.url,
    france_connect_eidas: DATAPASS_EIDAS_LEVEL,
  })
  for (const scope of PORTAL_SCOPES) params.append('scopes[]', scope)
  return `${DATAPASS_ORIGIN}/formulaires/${DATAPASS_FORM}/demande/nouveau?${params.toString()}`
}

export const datapassRequestUrl = (number: string) =>
  `${DATAPASS_ORIGIN}/demandes/${encodeURIComponent(number)}`

/** The production form: v2, or v1 for portals still on an older version. */
export const productionFormUrl = (version: 'v1' | 'v2') =>
  `${DEMARCHES_ORIGIN}/commencer/${version === 'v2' ? 'demande-creation-fs-fc' : 'demande-creation-fs-fc-v1-editeurs'}`

export const MODIFICATION_FORM_URL = `${DEMARCHES_ORIGIN}/commencer/demande-modification-fs-fc`

export const dossierUrl = (number: string) =>
  `${DEMARCHES_ORIGIN}/dossiers/${encodeURIComponent(number)}`
