import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The names the page objects (and QA's own locators) find controls by. Playwright matches a
 * string name as a case-insensitive substring, so each must designate one control at most in
 * every state of the tab, or a locator that worked yesterday becomes ambiguous tomorrow.
 */
export const QA_NAMES = {
  labels: [
    'Activer FranceConnect',
    'Texte de connexion',
    'Identifiant client (Client ID)',
    'Secret client (Client secret)',
    'Afficher le secret',
    'URL du service FranceConnect',
    'Couleur de fond du portail',
    'Nom du fournisseur de service',
    'URL de votre service',
    'URL de redirection de connexion',
    'URL de redirection de déconnexion',
    'Algorithme de signature',
    'Niveau eIDAS',
    'Identifiant v1 à réutiliser',
    'Rechercher un espace',
    'À traiter seulement',
    'Étape de la mise en service',
    // The onboarding page's.
    'Numéro de la demande DataPass',
    'État de la demande DataPass',
    'Nom de l’organisation',
    'SIRET',
    'Numéro du dossier',
    'État du dossier',
    'Adresse IP',
    // What QA teams write by hand: the issue-2 contract promises these stay unique too.
    /Client ID/i,
    /Client secret/i,
  ],
  radios: [
    'FCboutons-10',
    'FCboutons-11',
    'Production',
    'Intégration',
    'Autre URL',
    'Thème clair',
    'Thème sombre',
  ],
  buttons: [
    { name: 'Enregistrer', exact: true },
    { name: 'Annuler les modifications' },
    { name: 'Réessayer l’enregistrement' },
    { name: 'Copier toute la déclaration' },
    { name: 'Télécharger en JSON' },
    { name: 'Exporter en CSV' },
    { name: 'Appliquer les filtres' },
    { name: 'Réinitialiser les filtres' },
    { name: 'Enregistrer l’avancement' },
    { name: 'Suivre la mise en service' },
  ],
  dialogs: [
    'Confirmer la désactivation de FranceConnect',
    'Ces réglages ont été modifiés entre-temps',
    'Quitter sans enregistrer ?',
  ],
} as const

/** The controls that exist whenever the tab's form is shown. */
const ALWAYS_IN_THE_FORM = [
  'Activer FranceConnect',
  'Texte de connexion',
  'Identifiant client (Client ID)',
  'Secret client (Client secret)',
]

/**
 * Every name QA relies on designates one control at most, as the page is now; and once the
 * form is there, its core fields are each found exactly once.
 */
export async function expectUniqueNames(page: Page, state: string) {
  // The save button first: the form is drawn in turns, top down, and this button last, so once
  // it is there the whole form is (the counts below, sent together, are not taken at one instant).
  const formDrawn =
    (await page.getByRole('button', { name: 'Enregistrer', exact: true }).count()) === 1
  // Counted all at once: one round trip to the browser instead of thirty.
  const locators: [string, Locator][] = [
    ...QA_NAMES.labels.map((label): [string, Locator] => [String(label), page.getByLabel(label)]),
    ...QA_NAMES.radios.map((name): [string, Locator] => [
      `radio ${name}`,
      page.getByRole('radio', { name }),
    ]),
    ...QA_NAMES.buttons.map((button): [string, Locator] => [
      `button ${button.name}`,
      page.getByRole('button', button),
    ]),
    ...QA_NAMES.dialogs.map((name): [string, Locator] => [
      `dialog ${name}`,
      page.getByRole('dialog', { name }),
    ]),
  ]
  const counts = new Map(
    await Promise.all(
      locators.map(async ([name, locator]) => [name, await locator.count()] as const),
    ),
  )
  for (const [name, count] of counts) {
    expect(count, `« ${name} » designates ${count} controls (${state})`).toBeLessThanOrEqual(1)
  }
  if (formDrawn) {
    for (const label of ALWAYS_IN_THE_FORM) {
      expect(counts.get(label), `« ${label} » in the form (${state})`).toBe(1)
    }
  }
}
