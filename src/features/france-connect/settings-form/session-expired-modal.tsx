import { Modal } from '../../../components/modal'

interface SessionExpiredModalProps {
  onSignIn: () => void
  onClose: () => void
}

/** A save met a 401: sign in again without losing the edits (all but the secret). */
export function SessionExpiredModal({ onSignIn, onClose }: SessionExpiredModalProps) {
  return (
    <Modal
      id="session-expired"
      title="Votre session a expiré"
      onClose={onClose}
      actions={
        <button className="fr-btn" type="button" onClick={onSignIn}>
          Se reconnecter
        </button>
      }
    >
      <p>
        Rien n’a été enregistré. Reconnectez-vous : vous reviendrez sur cet onglet, avec vos
        modifications.
      </p>
      <p>
        Seul le secret client n’est pas conservé : il n’est jamais gardé dans le navigateur. Si vous
        l’aviez saisi, saisissez-le de nouveau avant d’enregistrer.
      </p>
    </Modal>
  )
}
