/** Said on every page when the server asks no one to sign in (its local mode). */
export function LocalModeNotice() {
  return (
    <div className="fr-notice fr-notice--info">
      <div className="fr-container">
        <div className="fr-notice__body">
          <div>
            <p className="fr-notice__title">Mode local : aucune connexion n’est demandée.</p>
            <p className="fr-notice__desc">
              Ce serveur ne répond qu’aux connexions de cette machine, et enregistre les
              modifications au nom de l’administrateur local. Pour un accès à plusieurs, configurez
              la connexion des administrateurs (OpenID Connect).
            </p>
          </div>
        </div>
      </div>
    </div>
  )
}
