import { Link } from '../components/link'

const stateLinks = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr']

export function Footer() {
  return (
    <footer className="fr-footer" role="contentinfo" id="footer">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link
              to=""
              title="Retour à l’accueil de l’Espace Administration - République Française"
            >
              <p className="fr-logo">
                République
                <br />
                Française
              </p>
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">
              Réglages FranceConnect : activation, bouton de connexion, clé d’accès et environnement
              de la connexion FranceConnect des portails usagers.
            </p>
            <ul className="fr-footer__content-list">
              {stateLinks.map((site) => (
                <li className="fr-footer__content-item" key={site}>
                  <a
                    className="fr-footer__content-link"
                    href={`https://${site}`}
                    target="_blank"
                    rel="noopener external"
                    title={`${site} - nouvelle fenêtre`}
                  >
                    {site}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <div className="fr-footer__bottom-copy">
            <p>
              Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus
              de ce site sont proposés sous{' '}
              <a
                href="https://github.com/etalab/licence-ouverte/blob/master/LO.md"
                target="_blank"
                rel="noopener external"
                title="Licence etalab - nouvelle fenêtre"
              >
                licence etalab-2.0
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}
