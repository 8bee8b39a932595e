// @vitest-environment happy-dom
import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  tenantsQuerySchema,
  type TenantSummary,
  type TenantsPage,
} from '#contract/tenants-overview'
import { BUILT_IN_CATALOGUE } from '../../france-connect/api'
import { TenantsTable } from './tenants-table'

function tenant(index: number): TenantSummary {
  return {
    id: `espace-${index}`,
    name: `Espace ${index}`,
    enabled: true,
    environmentUrl: 'https://app.franceconnect.gouv.fr',
    secretConfigured: true,
    lastTest: null,
    lastChange: null,
    toHandle: [],
  }
}

function pageOf(count: number): TenantsPage {
  return {
    items: Array.from({ length: count }, (_, index) => tenant(index + 1)),
    page: 1,
    pageSize: 20,
    total: count,
    summary: { total: 26, enabled: 26, disabled: 0, toHandle: 0 },
  }
}

function table(page: TenantsPage) {
  return (
    <TenantsTable
      page={page}
      query={tenantsQuerySchema.parse({})}
      pageCount={1}
      catalogue={BUILT_IN_CATALOGUE.environments}
      refreshing={false}
      onSort={() => undefined}
      tenantPath={(id) => `tenants/${id}/france-connect`}
    />
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('TenantsTable', () => {
  it('is shown once all its rows are drawn, also when fewer came while the first were drawn', async () => {
    vi.useFakeTimers()
    const { container, rerender } = render(table(pageOf(20)))
    const wrapper = () => container.querySelector('.fc-overview-table')
    // One turn: the first five rows of twenty, the table still hidden while it is drawn.
    await act(async () => {
      await vi.advanceTimersToNextTimerAsync()
    })
    expect(container.querySelectorAll('tbody tr')).toHaveLength(5)
    expect(wrapper()).toHaveClass('fc-overview-table--drawing')

    // A search answered meanwhile: one row, already drawn in the first turn's place.
    rerender(table(pageOf(1)))
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1)
    expect(wrapper()).not.toHaveClass('fc-overview-table--drawing')
    expect(container.querySelector('table')).not.toHaveAttribute('aria-busy')
  })
})
