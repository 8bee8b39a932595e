import type { ReactNode, Ref } from 'react'
import type { Environment } from '#contract/catalogue'
import type { TenantsPage, TenantsQuery } from '#contract/tenants-overview'
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
  /** Below the table (the pages). */
  footer?: ReactNode
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
  // A backend before 1.6 tells no onboarding: the column is left out.
  const withOnboarding = page.items.some((tenant) => tenant.onboarding !== undefined)
  return (
    <>
      <div className="fr-table fr-table--multiline fc-overview-table">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table ref={tableRef} tabIndex={-1} aria-busy={refreshing || undefined}>
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
                    {withOnboarding && <th scope="col">Mise en service</th>}
                    <th scope="col">À traiter</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((tenant) => (
                    <TenantRow
                      key={tenant.id}
                      tenant={tenant}
                      catalogue={catalogue}
                      tenantPath={tenantPath}
                      withOnboarding={withOnboarding}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {footer}
    </>
  )
}
