import { useState } from 'react'
import { Modal } from '../../../components/modal'
import type { AskToDisable } from './save-types'

interface Question {
  onAnswer: (disable: boolean) => void
  returnFocusTo: HTMLElement | null | undefined
}

/**
 * The question the tab asks before FranceConnect goes off for users who have the button, from
 * the switch or from a version brought back from the history. The form renders `question`.
 */
export function useDisableConfirmation() {
  const [question, setQuestion] = useState<Question | null>(null)
  const ask: AskToDisable = (onAnswer, returnFocusTo) => {
    setQuestion({ onAnswer, returnFocusTo })
  }
  function answer(disable: boolean) {
    if (!question) return
    setQuestion(null)
    question.onAnswer(disable)
  }
  return { ask, question, answer }
}

interface DisableConfirmationModalProps {
  onAnswer: (disable: boolean) => void
  returnFocusTo: HTMLElement | null | undefined
}

export function DisableConfirmationModal({
  onAnswer,
  returnFocusTo,
}: DisableConfirmationModalProps) {
  return (
    <Modal
      id="disable-modal"
      title="Confirmer la désactivation de FranceConnect"
      onClose={() => onAnswer(false)}
      returnFocusTo={returnFocusTo}
      actions={
        <>
          <button type="button" className="fr-btn" onClick={() => onAnswer(true)}>
            Désactiver FranceConnect
          </button>
          <button
            type="button"
            className="fr-btn fr-btn--secondary"
            onClick={() => onAnswer(false)}
          >
            Garder FranceConnect activé
          </button>
        </>
      }
    >
      <p>
        FranceConnect est activé pour les usagers de ce portail. Une fois ce réglage enregistré, ils
        ne verront plus le bouton FranceConnect sur la page de connexion et ne pourront plus se
        connecter de cette façon : ceux qui n’ont pas d’autre moyen de connexion devront en créer
        un.
      </p>
    </Modal>
  )
}
