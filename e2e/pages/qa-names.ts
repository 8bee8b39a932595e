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

async function atMostOne(locator: Locator, name: string, state: string) {
  const count = await locator.count()
  expect(count, `« ${name} » designates ${count} controls (${state})`).toBeLessThanOrEqual(1)
  return count
}

/**
 * Every name QA relies on designates one control at most, as the page is now; and once the
 * form is there, its core fields are each found exactly once.
 */
export async function expectUniqueNames(page: Page, state: string) {
  const counts = new Map<string, number>()
  for (const label of QA_NAMES.labels) {
    counts.set(String(label), await atMostOne(page.getByLabel(label), String(label), state))
  }
  for (const name of QA_NAMES.radios) {
    await atMostOne(page.getByRole('radio', { name }), name, state)
  }
  for (const button of QA_NAMES.buttons) {
    await atMostOne(page.getByRole('button', button), button.name, state)
  }
  for (const name of QA_NAMES.dialogs) {
    await atMostOne(page.getByRole('dialog', { name }), name, state)
  }
  if ((await page.getByRole('button', { name: 'Enregistrer', exact: true }).count()) === 1) {
    for (const label of ALWAYS_IN_THE_FORM) {
      expect(counts.get(label), `« ${label} » in the form (${state})`).toBe(1)
    }
  }
}
