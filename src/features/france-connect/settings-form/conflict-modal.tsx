import { Modal } from '../../../components/modal'
import type { Environment } from '#contract/catalogue'
import { differences } from './differences'
import { LastUpdate } from './last-update'
import type { Conflict } from './save-types'

interface ConflictModalProps {
  conflict: Conflict
  catalogue: readonly Environment[]
  onReloadTheirs: () => void
  onOverwrite: () => void
  onClose: () => void
}

/** Shown when a save meets a newer version (412): what differs, and the two ways out. */
export function ConflictModal({
  conflict,
  catalogue,
  onReloadTheirs,
  onOverwrite,
  onClose,
}: ConflictModalProps) {
  const rows = differences(conflict.mine, conflict.theirs.settings, catalogue)
  return (
    <Modal
      id="conflict-modal"
      title="Ces réglages ont été modifiés entre-temps"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="fr-btn" onClick={onOverwrite}>
            Écraser avec mes modifications
          </button>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onReloadTheirs}>
            Recharger la version enregistrée
          </button>
        </>
      }
    >
      <p>
        Quelqu’un a enregistré d’autres réglages pendant que vous les modifiiez : rien n’a été
        enregistré de votre côté, et vos modifications sont toujours dans le formulaire.
      </p>
      <LastUpdate settings={conflict.theirs.settings} />
      {rows.length > 0 ? (
        <>
          <p className="fr-mb-1w">
            {rows.length > 1 ? `${rows.length} réglages diffèrent :` : 'Un réglage diffère :'}
          </p>
          <ul className="fc-differences">
            {rows.map((row) => (
              <li key={row.label}>
                <strong>{row.label}</strong>
                <br />
                Votre version : {row.mine}
                <br />
                Version enregistrée : {row.theirs}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>La version enregistrée est identique à la vôtre.</p>
      )}
      <p>
        « Écraser avec mes modifications » enregistre votre version à la place de la leur ; «
        Recharger la version enregistrée » abandonne vos modifications.
      </p>
    </Modal>
  )
}
