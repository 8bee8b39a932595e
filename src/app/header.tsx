import { useState, type ReactNode } from 'react'
import { Link } from '../components/link'
import { HeaderMenu } from './header-menu'

/**
 * The DSFR header. `tools` (who is signed in, sign-out) stand in `fr-header__tools-links` on
 * large screens, and in the menu its « Menu » button opens on small ones.
 */
export function Header({ tools }: { tools?: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false)
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
                {tools && (
                  <div className="fr-header__navbar">
                    <button
                      className="fr-btn--menu fr-btn"
                      type="button"
                      id="header-menu-button"
                      aria-controls="header-menu"
                      aria-expanded={menuOpen}
                      title="Menu"
                      onClick={() => setMenuOpen(true)}
                    >
                      Menu
                    </button>
                  </div>
                )}
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
            {tools && (
              <div className="fr-header__tools">
                <div className="fr-header__tools-links">{tools}</div>
              </div>
            )}
          </div>
        </div>
      </div>
      {tools && menuOpen && <HeaderMenu onClose={() => setMenuOpen(false)}>{tools}</HeaderMenu>}
    </header>
  )
}
