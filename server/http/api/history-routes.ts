import type { FastifyInstance } from 'fastify'
import { historyQuerySchema } from '#contract/history'
import type { Database } from '../../db/database'
import { listJournal } from '../../db/journal-repository'
import { findSettings } from '../../db/tenants-repository'
import { parseQuery, requireTenant, unknownTenant, type TenantParams } from './access'

/** `GET /tenants/{tenantId}/france-connect/history`: the journal, newest first, by pages. */
export function historyRoutes(api: FastifyInstance, { db }: { db: Database }) {
  api.get<{ Params: TenantParams }>(
    '/tenants/:tenantId/france-connect/history',
    async (request) => {
      const { tenantId } = await requireTenant(db, request)
      const { page, pageSize } = parseQuery(
        historyQuerySchema,
        request.query,
        'Paramètres de pagination invalides',
      )
      if (!(await findSettings(db, tenantId))) throw unknownTenant(tenantId)
      const { items, total } = await listJournal(db, tenantId, page, pageSize)
      return { items, page, pageSize, total }
    },
  )
}
