import { useState, type ReactNode, type Ref } from 'react'
import type { Environment } from '#contract/catalogue'
import type { TenantsPage, TenantsQuery } from '#contract/tenants-overview'
import { AfterFirstPaint } from '../../../components/after-first-paint'
import { SortHeader } from './sort-header'
import { TenantRow } from './tenant-row'

interface TenantsTableProps {
  page: TenantsPage
  query: TenantsQuery
  pageCount: number
  catalogue: readonly Environment[]
  refreshing: boolean
  onSort: (sort: TenantsQuery['sort'], order: TenantsQuery['order']) => void
  tenantPath: (tenantId: string) => string
  tableRef?: Ref<HTMLTableElement>
  /** Below the table (the pages), drawn once every row is. */
  footer?: ReactNode
}

const ROWS_PER_TURN = 5

function inTurns<T>(items: readonly T[]): T[][] {
  const turns: T[][] = []
  for (let start = 0; start < items.length; start += ROWS_PER_TURN) {
    turns.push(items.slice(start, start + ROWS_PER_TURN))
  }
  return turns
}

function captionOf(page: TenantsPage, pageCount: number): string {
  const results = `${page.total} ${page.total > 1 ? 'résultats' : 'résultat'}`
  return pageCount > 1
    ? `Espaces usagers (${results}, page ${page.page} sur ${pageCount})`
    : `Espaces usagers (${results})`
}

/** DSFR table of one page of tenants; the tenant's name is each row's header. */
export function TenantsTable({
  page,
  query,
  pageCount,
  catalogue,
  refreshing,
  onSort,
  tenantPath,
  tableRef,
  footer,
}: TenantsTableProps) {
  const turns = inTurns(page.items)
  // The turns of rows drawn so far: the table is busy until every one is. It is shown once all
  // the rows it holds are drawn, and stays so: columns widen as rows come, which would move the
  // headers under the reader's eyes. (Other rows may have come meanwhile, fewer ones: a search
  // made while the first page was still being drawn.)
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(new Set())
  const onDrawn = (turn: number) => () => {
    setDrawn((before) => new Set(before).add(turn))
    return () =>
      setDrawn((before) => {
        const after = new Set(before)
        after.delete(turn)
        return after
      })
  }
  const drawing = turns.some((_, turn) => !drawn.has(turn))
  const [shown, setShown] = useState(false)
  if (!drawing && !shown) setShown(true)
  return (
    <>
      <div
        className={`fr-table fr-table--multiline fc-overview-table${shown ? '' : ' fc-overview-table--drawing'}`}
      >
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table ref={tableRef} tabIndex={-1} aria-busy={refreshing || drawing || undefined}>
                <caption>{captionOf(page, pageCount)}</caption>
                <thead>
                  <tr>
                    <SortHeader
                      sort="name"
                      sortName="nom"
                      label="Espace"
                      current={query}
                      onSort={onSort}
                    />
                    <SortHeader
                      sort="id"
                      sortName="identifiant"
                      label="Identifiant"
                      current={query}
                      onSort={onSort}
                    />
                    <th scope="col">FranceConnect</th>
                    <th scope="col">Environnement</th>
                    <th scope="col">Secret client</th>
                    <th scope="col">Dernier test de connexion</th>
                    <SortHeader
                      sort="lastChange"
                      sortName="date de dernière modification"
                      label="Dernière modification"
                      current={query}
                      onSort={onSort}
                    />
                    <th scope="col">À traiter</th>
                  </tr>
                </thead>
                <tbody>
                  {/* A few rows per turn of the browser: short tasks on a phone, top down. */}
                  {turns.map((rows, turn) => (
                    <AfterFirstPaint key={turn} onDrawn={onDrawn(turn)}>
                      {rows.map((tenant) => (
                        <TenantRow
                          key={tenant.id}
                          tenant={tenant}
                          catalogue={catalogue}
                          tenantPath={tenantPath}
                        />
                      ))}
                    </AfterFirstPaint>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {footer && <AfterFirstPaint>{footer}</AfterFirstPaint>}
    </>
  )
}
