import { useCallback, useState } from 'react'
import { useNavigationBlocker, type NavigationBlocker } from '../lib/router'
import { Modal } from './modal'

/**
 * While `active` (unsaved changes), leaving asks first: a DSFR modal for in-app
 * navigation, the browser's own prompt for closing or reloading the tab.
 */
export function LeaveGuard({ active }: { active: boolean }) {
  const [proceed, setProceed] = useState<(() => void) | null>(null)
  const onBlock = useCallback<NavigationBlocker>((go) => {
    setProceed(() => go)
    return true
  }, [])
  useNavigationBlocker(active, onBlock)

  if (!proceed) return null
  return (
    <Modal
      id="leave-modal"
      title="Quitter sans enregistrer ?"
      onClose={() => setProceed(null)}
      actions={
        <>
          <button type="button" className="fr-btn" onClick={() => setProceed(null)}>
            Rester sur la page
          </button>
          <button
            type="button"
            className="fr-btn fr-btn--secondary"
            onClick={() => {
              setProceed(null)
              proceed()
            }}
          >
            Quitter la page
          </button>
        </>
      }
    >
      <p>
        Vos modifications ne sont pas enregistrées : elles seront perdues si vous quittez cette
        page.
      </p>
    </Modal>
  )
}
