import { useEffect, useRef, type ReactNode } from 'react'

/**
 * DSFR's header menu (`fr-header__menu fr-modal`) for small screens, as a native modal
 * dialog while mounted: the header's tools again, Escape or « Fermer » to close, focus back
 * on « Menu ».
 */
export function HeaderMenu({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => {
      element?.close()
      document.getElementById('header-menu-button')?.focus()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      id="header-menu"
      className="fr-header__menu fr-modal fr-modal--opened"
      aria-labelledby="header-menu-button"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="fr-container">
        <button
          className="fr-btn--close fr-btn"
          type="button"
          aria-controls="header-menu"
          title="Fermer"
          onClick={onClose}
        >
          Fermer
        </button>
        <div className="fr-header__menu-links">{children}</div>
      </div>
    </dialog>
  )
}
