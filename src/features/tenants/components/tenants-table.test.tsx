// @vitest-environment happy-dom
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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

function table(page: TenantsPage, refreshing = false) {
  return (
    <TenantsTable
      page={page}
      query={tenantsQuerySchema.parse({})}
      pageCount={1}
      catalogue={BUILT_IN_CATALOGUE.environments}
      refreshing={refreshing}
      onSort={() => undefined}
      tenantPath={(id) => `tenants/${id}/france-connect`}
    />
  )
}

describe('TenantsTable', () => {
  it('shows every row of its page, and says it is busy only while the next page loads', () => {
    const { container, rerender } = render(table(pageOf(20)))
    expect(container.querySelectorAll('tbody tr')).toHaveLength(20)
    expect(container.querySelector('caption')).toHaveTextContent('Espaces usagers (20 résultats)')
    expect(container.querySelector('table')).not.toHaveAttribute('aria-busy')
    rerender(table(pageOf(1), true))
    expect(container.querySelector('table')).toHaveAttribute('aria-busy', 'true')
    rerender(table(pageOf(1)))
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1)
    expect(container.querySelector('th[scope="row"]')).toHaveTextContent('Espace 1')
    expect(container.querySelector('table')).not.toHaveAttribute('aria-busy')
  })

  it('shows each tenant’s onboarding step with a link to its page, and no column for a backend before 1.6', () => {
    const withSteps = pageOf(2)
    const [first, second] = withSteps.items
    if (!first || !second) throw new Error('two tenants')
    first.onboarding = {
      step: 3,
      stepId: 'production',
      state: 'en instruction',
      since: '2026-11-20T10:00:00.000Z',
      waiting: true,
    }
    const { container, getByRole, rerender } = render(table(withSteps))
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent)
    expect(headers).toContain('Mise en service')
    expect(
      getByRole('link', { name: 'Étape 3 sur 6 de la mise en service de Espace 1' }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/tenants\/espace-1\/france-connect\/mise-en-service$/),
    )
    expect(container.querySelector('tbody tr')).toHaveTextContent(
      'Demande de mise en production (en instruction)',
    )
    expect(container.querySelectorAll('tbody tr')[1]).toHaveTextContent('Non suivie')

    rerender(table(pageOf(2)))
    const before16 = [...container.querySelectorAll('thead th')].map((th) => th.textContent)
    expect(before16).not.toContain('Mise en service')
    expect(container.querySelector('tbody tr')?.querySelectorAll('td, th')).toHaveLength(8)
  })
})
