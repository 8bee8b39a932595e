import { useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { Modal } from '../../../components/modal'
import { Toggle } from '../../../components/toggle'
import type { SettingsFormValues } from '../form-values'

const TOGGLE_ID = 'toggle-enabled'

/** The on/off switch; turning off a tenant whose users have the button asks first. */
export function ActivationSection({ savedEnabled }: { savedEnabled: boolean }) {
  const { setValue } = useFormContext<SettingsFormValues>()
  const [confirming, setConfirming] = useState(false)

  function onToggle(event: { target: { checked: boolean } }) {
    if (event.target.checked || !savedEnabled) return
    setValue('enabled', true)
    setConfirming(true)
  }

  function confirmDisable() {
    setValue('enabled', false, { shouldDirty: true })
    setConfirming(false)
  }

  return (
    <section className="fr-mb-6w">
      <h2 className="fr-h4">Activation</h2>
      <Toggle<SettingsFormValues>
        name="enabled"
        label="Activer FranceConnect"
        hint="Une fois activé et enregistré, le bouton FranceConnect est proposé aux usagers sur la page de connexion du portail."
        onChange={onToggle}
      />
      {confirming && (
        <Modal
          id="disable-modal"
          title="Confirmer la désactivation de FranceConnect"
          onClose={() => setConfirming(false)}
          returnFocusTo={document.getElementById(TOGGLE_ID)}
          actions={
            <>
              <button type="button" className="fr-btn" onClick={confirmDisable}>
                Désactiver FranceConnect
              </button>
              <button
                type="button"
                className="fr-btn fr-btn--secondary"
                onClick={() => setConfirming(false)}
              >
                Garder FranceConnect activé
              </button>
            </>
          }
        >
          <p>
            FranceConnect est activé pour les usagers de ce portail. Une fois ce réglage enregistré,
            ils ne verront plus le bouton FranceConnect sur la page de connexion et ne pourront plus
            se connecter de cette façon : ceux qui n’ont pas d’autre moyen de connexion devront en
            créer un.
          </p>
        </Modal>
      )}
    </section>
  )
}
