import { Link } from './link'

interface PaginationProps {
  page: number
  pageCount: number
  /** The address of a page, relative to the app's base. */
  pathOf: (page: number) => string
  /** Called when a page link is followed (e.g. to move the focus to what it shows). */
  onNavigate?: () => void
}

/** Pages 1, the last, and those around the current one; null where some are skipped. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const pages: (number | null)[] = []
  for (let candidate = 1; candidate <= pageCount; candidate += 1) {
    const shown = candidate === 1 || candidate === pageCount || Math.abs(candidate - page) <= 1
    if (shown) pages.push(candidate)
    else if (pages.at(-1) !== null) pages.push(null)
  }
  return pages
}

interface EdgeLinkProps {
  target: number
  enabled: boolean
  className: string
  label: string
  pathOf: (page: number) => string
  onNavigate: (() => void) | undefined
}

function EdgeLink({ target, enabled, className, label, pathOf, onNavigate }: EdgeLinkProps) {
  if (!enabled) {
    return (
      // eslint-disable-next-line jsx-a11y/anchor-is-valid -- DSFR marks an unavailable page link with an anchor that has no href
      <a className={className} aria-disabled="true" role="link">
        {label}
      </a>
    )
  }
  return (
    <Link className={className} to={pathOf(target)} title={label} onClick={onNavigate}>
      {label}
    </Link>
  )
}

/**
 * DSFR pagination (`fr-pagination`): real links (open in a new tab works), the current page
 * marked `aria-current`, unavailable first/previous/next/last links disabled.
 *
 * @example
 * <Pagination page={2} pageCount={5} pathOf={(page) => `?page=${page}`} />
 */
export function Pagination({ page, pageCount, pathOf, onNavigate }: PaginationProps) {
  const edge = { pathOf, onNavigate }
  return (
    <nav role="navigation" className="fr-pagination" aria-label="Pagination">
      <ul className="fr-pagination__list">
        <li>
          <EdgeLink
            {...edge}
            target={1}
            enabled={page > 1}
            className="fr-pagination__link fr-pagination__link--first"
            label="Première page"
          />
        </li>
        <li>
          <EdgeLink
            {...edge}
            target={page - 1}
            enabled={page > 1}
            className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
            label="Page précédente"
          />
        </li>
        {visiblePages(page, pageCount).map((candidate, index) => (
          <li key={candidate ?? `gap-${index}`}>
            {candidate === null ? (
              <span className="fr-pagination__link">…</span>
            ) : candidate === page ? (
              // eslint-disable-next-line jsx-a11y/anchor-is-valid -- DSFR marks the current page with an anchor that has no href
              <a className="fr-pagination__link" aria-current="page" title={`Page ${candidate}`}>
                {candidate}
              </a>
            ) : (
              <Link
                className="fr-pagination__link"
                to={pathOf(candidate)}
                title={`Page ${candidate}`}
                onClick={onNavigate}
              >
                {candidate}
              </Link>
            )}
          </li>
        ))}
        <li>
          <EdgeLink
            {...edge}
            target={page + 1}
            enabled={page < pageCount}
            className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
            label="Page suivante"
          />
        </li>
        <li>
          <EdgeLink
            {...edge}
            target={pageCount}
            enabled={page < pageCount}
            className="fr-pagination__link fr-pagination__link--last"
            label="Dernière page"
          />
        </li>
      </ul>
    </nav>
  )
}
