import { useInfiniteQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { useApiClient } from '../../../config/services-context'
import { historyQueryOptions } from '../queries'
import { HistoryLoading } from './history-loading'
import type { HistorySectionProps } from './history-section'

// The history's code is a chunk of its own, fetched beside its first page: a first visit does
// not pay for it. (That chunk imports nothing that uses TanStack Query: the bundler would split
// the modules shared with it out of the first visit's script.)
const load = () => import('./history-section')
const HistorySection = lazy(() => load().then((module) => ({ default: module.HistorySection })))

/** « Historique des modifications », left out when the backend keeps no journal. */
export function LazyHistorySection({
  tenantId,
  ...props
}: { tenantId: string } & Omit<HistorySectionProps, 'history'>) {
  const api = useApiClient()
  const history = useInfiniteQuery(historyQueryOptions(api, tenantId))
  useEffect(() => {
    void load()
  }, [])

  if (history.isPending) return <HistoryLoading />
  if (history.data?.pages[0] === null) return null
  return (
    <Suspense fallback={<HistoryLoading />}>
      <HistorySection history={history} {...props} />
    </Suspense>
  )
}
