import { useState } from 'react'
import { Link } from '../components/link'

export interface Crumb {
  label: string
  /** Path relative to the app's base; absent for the current page. */
  to?: string
}

/** DSFR breadcrumb; its "Voir le fil d’Ariane" button (small screens) is handled here. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  const [expanded, setExpanded] = useState(false)
  return (
    <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
      <button
        type="button"
        className="fr-breadcrumb__button"
        aria-expanded={expanded}
        aria-controls="breadcrumb-list"
        onClick={() => setExpanded(true)}
      >
        Voir le fil d’Ariane
      </button>
      <div
        className={`fr-collapse${expanded ? ' fr-collapse--expanded' : ''}`}
        id="breadcrumb-list"
      >
        <ol className="fr-breadcrumb__list">
          {crumbs.map((crumb) => (
            <li key={crumb.label}>
              {crumb.to === undefined ? (
                // eslint-disable-next-line jsx-a11y/anchor-is-valid -- DSFR marks the current page with an anchor that has no href
                <a className="fr-breadcrumb__link" aria-current="page">
                  {crumb.label}
                </a>
              ) : (
                <Link className="fr-breadcrumb__link" to={crumb.to}>
                  {crumb.label}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  )
}
