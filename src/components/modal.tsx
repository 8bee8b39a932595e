import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'

interface ModalProps {
  id: string
  title: string
  /** Called on "Fermer", Escape and a click outside the modal. */
  onClose: () => void
  children: ReactNode
  /** The footer's buttons, primary first (DSFR `fr-btns-group--inline-reverse` shows it last). */
  actions: ReactNode
  /** Where focus goes back when the modal closes (by default, where it was before). */
  returnFocusTo?: HTMLElement | null | undefined
}

/**
 * DSFR modal (`dialog.fr-modal`), opened as a native modal dialog while mounted:
 * the rest of the page is inert, Escape closes it, and focus returns to its trigger.
 * @example {open && <Modal id="confirm" title="…" onClose={close} actions={…}>…</Modal>}
 */
export function Modal({ id, title, onClose, children, actions, returnFocusTo }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])

  // Before the first paint: a modal never shows while the page behind it still takes keys.
  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    element.showModal()
    return () => {
      if (element.open) element.close()
      ;(returnFocusTo ?? previous)?.focus()
    }
  }, [returnFocusTo])

  return (
    // A click on DSFR's backdrop closes the modal; keyboard users have Escape and "Fermer".
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the backdrop click has keyboard equivalents
    <dialog
      ref={dialog}
      id={id}
      className="fr-modal fr-modal--opened"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onCloseRef.current()
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current()
      }}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button
                  aria-controls={id}
                  title="Fermer"
                  type="button"
                  className="fr-btn--close fr-btn"
                  onClick={() => onCloseRef.current()}
                >
                  Fermer
                </button>
              </div>
              <div className="fr-modal__content">
                <h2 id={`${id}-title`} className="fr-modal__title">
                  {title}
                </h2>
                {children}
              </div>
              <div className="fr-modal__footer">
                <div className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
                  {actions}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  )
}
