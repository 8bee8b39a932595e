import { Link } from '../components/link'

export function Header() {
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">
                    République
                    <br />
                    Française
                  </p>
                </div>
              </div>
              <div className="fr-header__service">
                <Link to="" title="Accueil - Espace Administration - République Française">
                  <p className="fr-header__service-title">Espace Administration</p>
                </Link>
                <p className="fr-header__service-tagline">
                  Paramètres techniques des comptes usagers
                </p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  )
}
