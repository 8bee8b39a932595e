import { problem, type FieldError } from './problem-details'

/**
 * The problems the contract names, with their French titles: the mock API and the reference
 * server answer with the very same words.
 */
export const problems = {
  unknownTenant: (tenantId: string) =>
    problem(404, 'Espace inconnu', {
      detail: `Aucun espace ne porte l’identifiant « ${tenantId} ».`,
    }),
  missingIfMatch: () =>
    problem(428, 'Version des réglages manquante', {
      detail: 'L’en-tête If-Match est obligatoire pour modifier les réglages.',
    }),
  staleVersion: () =>
    problem(412, 'Les réglages ont été modifiés entre-temps', {
      detail: 'Quelqu’un a enregistré d’autres réglages depuis leur chargement.',
    }),
  refused: (errors: FieldError[]) =>
    problem(422, 'Certaines valeurs ont été refusées', {
      detail: 'Corrigez les champs signalés puis enregistrez de nouveau.',
      errors,
    }),
  /** A rule only a backend can check: one FranceConnect key serves one portal. */
  clientIdInUse: (holder?: string) =>
    problems.refused([
      {
        pointer: '/clientId',
        detail: holder
          ? `Cet identifiant client est déjà utilisé par l’espace « ${holder} » : chaque portail a sa propre clé.`
          : 'Cet identifiant client est déjà utilisé par un autre espace : chaque portail a sa propre clé.',
      },
    ]),
}

/** zod issues as the contract's field errors: one RFC 6901 pointer each. */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
) {
  return issues.map((issue) => ({
    pointer: `/${issue.path.map(String).join('/')}`,
    detail: issue.message,
  }))
}
