import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { TenantsPage, TenantsQuery } from '#contract/tenants-overview'
import { Pagination } from '../../../components/pagination'
import { useApiClient } from '../../../config/services-context'
import { navigate } from '../../../lib/router'
import { BUILT_IN_CATALOGUE } from '../../france-connect/api'
import { environmentCatalogueQueryOptions } from '../../france-connect/queries'
import { hasFilters, overviewPath, withoutFilters } from '../overview-query'
import { AfterFirstPaint } from '../../../components/after-first-paint'
import { CsvExport } from './csv-export'
import { OverviewFilters } from './overview-filters'
import { OverviewSummary } from './overview-summary'
import { TenantsTable } from './tenants-table'
import './overview.css'

interface OverviewContentProps {
  page: TenantsPage
  query: TenantsQuery
  /** The rows shown are the previous query's, while the new one loads. */
  refreshing: boolean
  tenantPath: (tenantId: string) => string
}

function resultsText(page: TenantsPage, refreshing: boolean): string {
  if (refreshing) return 'Mise à jour de la liste…'
  if (page.total === 0) return 'Aucun espace trouvé.'
  return `${page.total} ${page.total > 1 ? 'espaces trouvés' : 'espace trouvé'}.`
}

/** Summary, filters, export, table and pagination of the overview. */
export function OverviewContent({ page, query, refreshing, tenantPath }: OverviewContentProps) {
  const catalogue = useQuery(environmentCatalogueQueryOptions(useApiClient()))
  const environments = (catalogue.data ?? BUILT_IN_CATALOGUE).environments
  const table = useRef<HTMLTableElement>(null)
  const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize))
  const go = (next: TenantsQuery) => {
    const path = overviewPath(next)
    if (path !== overviewPath(query)) navigate(path)
  }

  // A page past the end (fewer tenants than when the link was made): the last one instead.
  const pastTheEnd = !refreshing && page.items.length === 0 && page.total > 0 && query.page > 1
  useEffect(() => {
    if (pastTheEnd) navigate(overviewPath({ ...query, page: pageCount }), { replace: true })
  }, [pastTheEnd, query, pageCount])

  return (
    <>
      <OverviewSummary
        summary={page.summary}
        toHandlePath={overviewPath({ ...withoutFilters(query), toHandle: 'true' })}
      />
      {/* Then, each in its turn (short tasks on a phone, top down, nothing drawn moves): the
          filters, the export, the table, a few rows at a time, and the pages. */}
      <AfterFirstPaint>
        <OverviewFilters
          query={query}
          environments={environments}
          onApply={(filters) => go({ ...query, ...filters, page: 1 })}
          onReset={() => go(withoutFilters(query))}
        />
      </AfterFirstPaint>
      <AfterFirstPaint>
        <CsvExport query={query} total={page.total} />
      </AfterFirstPaint>
      <p role="status" className="fr-sr-only">
        {resultsText(page, refreshing)}
      </p>
      <AfterFirstPaint>
        {page.total === 0 ? (
          <div className="fc-overview-empty">
            {hasFilters(query) ? (
              <>
                <p>Aucun espace ne correspond à ces filtres.</p>
                <button
                  type="button"
                  className="fr-btn fr-btn--secondary"
                  onClick={() => go(withoutFilters(query))}
                >
                  Afficher tous les espaces
                </button>
              </>
            ) : (
              <p>Vous n’administrez aucun espace pour le moment.</p>
            )}
          </div>
        ) : (
          <TenantsTable
            tableRef={table}
            page={page}
            query={query}
            pageCount={pageCount}
            catalogue={environments}
            refreshing={refreshing}
            onSort={(sort, order) => go({ ...query, sort, order, page: 1 })}
            tenantPath={tenantPath}
            footer={
              pageCount > 1 && (
                <Pagination
                  page={page.page}
                  pageCount={pageCount}
                  pathOf={(target) => overviewPath({ ...query, page: target })}
                  onNavigate={() => table.current?.focus()}
                />
              )
            }
          />
        )}
      </AfterFirstPaint>
    </>
  )
}
