import type { ApiError } from '../../../lib/api-error'

export interface FailureText {
  title: string
  /** What happened, then what to do; the user's edits are always kept. */
  paragraphs: string[]
}

const KEPT = 'Vos modifications sont conservées dans le formulaire.'

function seconds(value: number): string {
  return value > 1 ? `${value} secondes` : `${value} seconde`
}

/** What the user is told when a save fails, by kind of failure. */
export function saveFailureText(error: ApiError, timeoutMs: number): FailureText {
  const detail = error.detail ? [error.detail] : []
  if (error.kind === 'network') {
    return {
      title: 'Connexion au serveur impossible',
      paragraphs: ['Vérifiez votre connexion au réseau, puis réessayez.', KEPT],
    }
  }
  if (error.kind === 'timeout') {
    return {
      title: 'Le serveur ne répond pas',
      paragraphs: [
        `Sans réponse après ${seconds(Math.round(timeoutMs / 1000))}, la demande a été abandonnée.`,
        'Réessayez : si l’enregistrement avait tout de même abouti, l’onglet vous le signalera.',
        KEPT,
      ],
    }
  }
  if (error.kind === 'invalid-response') {
    return {
      title: 'Réponse du serveur inattendue',
      paragraphs: [
        'Le serveur a répondu dans un format que l’onglet ne reconnaît pas ; rien n’a été affiché de cette réponse. Signalez-le à l’équipe technique.',
        KEPT,
      ],
    }
  }
  switch (error.status) {
    case 401:
      return {
        title: 'Votre session a expiré',
        paragraphs: [
          'Reconnectez-vous : vos modifications seront restaurées au retour, sauf le secret client, à saisir de nouveau.',
          KEPT,
        ],
      }
    case 403:
      return {
        title: error.title,
        paragraphs: [
          ...(detail.length > 0
            ? detail
            : [
                'Votre compte ne permet pas de modifier ces réglages. Demandez ce droit à un administrateur de l’espace.',
              ]),
          KEPT,
        ],
      }
    case 404:
      return { title: 'Espace introuvable', paragraphs: [...detail, KEPT] }
    case 503:
      return {
        title: error.title,
        paragraphs: [
          ...detail,
          error.retryAfterSeconds !== null
            ? `Le service indique être de nouveau disponible dans ${seconds(error.retryAfterSeconds)}.`
            : 'Réessayez dans quelques instants.',
          KEPT,
        ],
      }
    default:
      return {
        title: error.title,
        paragraphs: [...detail, 'Réessayez dans quelques instants.', KEPT],
      }
  }
}
