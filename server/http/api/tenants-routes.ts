import type { FastifyInstance } from 'fastify'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { tenantsCsv, tenantsQuerySchema } from '#contract/tenants-overview'
import { rightsOf } from '../../auth/rights'
import type { OnboardingPolicy } from '../../config'
import type { Database } from '../../db/database'
import { overviewPage, overviewRows } from '../../db/overview-repository'
import { findTenant } from '../../db/tenants-repository'
import {
  parseQuery,
  requirePrincipal,
  requireTenant,
  unknownTenant,
  type TenantParams,
} from './access'

/** CSV when the client asks for it before JSON (a browser's download, a spreadsheet tool). */
function wantsCsv(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim())
  const csv = types.indexOf('text/csv')
  const json = types.indexOf('application/json')
  return csv !== -1 && (json === -1 || csv < json)
}

/** The catalogue, the overview of the tenants one may configure (JSON or CSV), and a tenant. */
export function tenantsRoutes(
  api: FastifyInstance,
  { db, clock, onboarding }: { db: Database; clock: () => Date; onboarding: OnboardingPolicy },
) {
  api.get('/france-connect/environments', (request) => {
    requirePrincipal(request)
    return BUILT_IN_ENVIRONMENTS
  })

  api.get('/tenants', async (request, reply) => {
    const principal = requirePrincipal(request)
    const query = parseQuery(
      tenantsQuerySchema,
      request.query,
      'Paramètres de la vue d’ensemble invalides',
    )
    // Only the tenants this person may configure, counted and listed alike.
    const rights = await rightsOf(db, principal)
    const at = { now: clock(), waitingDays: onboarding.waitingDays }
    if (wantsCsv(request.headers.accept)) {
      const rows = await overviewRows(db, query, rights, BUILT_IN_ENVIRONMENTS, at)
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="espaces-franceconnect.csv"')
        .send(tenantsCsv(rows, BUILT_IN_ENVIRONMENTS))
    }
    return overviewPage(db, query, rights, BUILT_IN_ENVIRONMENTS, at)
  })

  api.get<{ Params: TenantParams }>('/tenants/:tenantId', async (request) => {
    const { tenantId } = await requireTenant(db, request)
    const tenant = await findTenant(db, tenantId)
    if (!tenant) throw unknownTenant(tenantId)
    return tenant
  })
}
