import { useState } from 'react'
import type { Session } from '#contract/session'
import { useRuntimeConfig } from '../../../config/services-context'
import { currentPath, signInAddress } from '../../../lib/sign-in'
import { signOut } from '../api'

/** The header's tools: who is signed in and « Se déconnecter », or « Se connecter ». */
export function SessionTools({ session }: { session: Session }) {
  const { requestTimeoutMs } = useRuntimeConfig()
  const [failed, setFailed] = useState(false)
  const { user, signInUrl, signOutUrl } = session

  async function onSignOut(url: string) {
    setFailed(false)
    try {
      window.location.assign(await signOut(url, requestTimeoutMs))
    } catch {
      setFailed(true)
    }
  }

  return (
    <ul className="fr-btns-group">
      {user && (
        <li>
          <p className="fc-signed-in">
            <span className="fr-sr-only">Connecté en tant que </span>
            {user.name}
          </p>
        </li>
      )}
      {user && signOutUrl && (
        <li>
          <button className="fr-btn" type="button" onClick={() => void onSignOut(signOutUrl)}>
            Se déconnecter
          </button>
        </li>
      )}
      {!user && signInUrl && (
        <li>
          <a className="fr-btn" href={signInAddress(signInUrl, currentPath())}>
            Se connecter
          </a>
        </li>
      )}
      {failed && (
        <li>
          <p role="alert" className="fr-error-text">
            La déconnexion a échoué : réessayez.
          </p>
        </li>
      )}
    </ul>
  )
}
