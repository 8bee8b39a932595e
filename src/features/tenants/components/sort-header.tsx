import type { TenantsQuery } from '#contract/tenants-overview'

type Sort = TenantsQuery['sort']
type Order = TenantsQuery['order']

interface SortHeaderProps {
  sort: Sort
  /** How the column is named in the sentence « Trier par … ». */
  sortName: string
  label: string
  current: Pick<TenantsQuery, 'sort' | 'order'>
  onSort: (sort: Sort, order: Order) => void
}

// Whole class names, so that the build keeps exactly the DSFR rules in use.
const buttonClasses = {
  none: 'fr-btn fr-btn--sm fr-btn--sort',
  asc: 'fr-btn fr-btn--sm fr-btn--sort-asc',
  desc: 'fr-btn fr-btn--sm fr-btn--sort-desc',
} as const

const orderNames: Record<Order, string> = { asc: 'ordre croissant', desc: 'ordre décroissant' }

/**
 * A DSFR sortable column header: `aria-sort` says how the table is sorted, the button's
 * name what pressing it does (« Trier par nom, ordre décroissant »).
 */
export function SortHeader({ sort, sortName, label, current, onSort }: SortHeaderProps) {
  const active = current.sort === sort
  const next: Order = active && current.order === 'asc' ? 'desc' : 'asc'
  const action = `Trier par ${sortName}, ${orderNames[next]}`
  return (
    <th
      scope="col"
      aria-sort={active ? (current.order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <div className="fr-cell--sort">
        <span className="fr-cell__title">{label}</span>
        <button
          type="button"
          className={buttonClasses[active ? current.order : 'none']}
          title={action}
          onClick={() => onSort(sort, next)}
        >
          {action}
        </button>
      </div>
    </th>
  )
}
