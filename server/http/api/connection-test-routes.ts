import type { FastifyInstance, FastifyRequest } from 'fastify'
import { lastConnectionTest } from '../../db/connection-tests-repository'
import { findSettings } from '../../db/tenants-repository'
import {
  testConnection,
  type ConnectionTestDeps,
} from '../../franceconnect/connection-test-service'
import { sendProblem } from '../problem-replies'
import { requireTenant, unknownTenant, type TenantParams } from './access'

/** A few connection tests a minute per person and tenant: each one reaches FranceConnect. */
const TEST_LIMIT = {
  max: 6,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) =>
    `${request.principal?.sessionHash ?? request.ip}:${(request.params as TenantParams).tenantId}`,
}

/** The last connection test of a tenant, and a new one (`POST`), against FranceConnect. */
export function connectionTestRoutes(api: FastifyInstance, deps: ConnectionTestDeps) {
  const path = '/tenants/:tenantId/france-connect/connection-test'

  api.get<{ Params: TenantParams }>(path, async (request) => {
    const { tenantId } = await requireTenant(deps.db, request)
    if (!(await findSettings(deps.db, tenantId))) throw unknownTenant(tenantId)
    return { lastTest: await lastConnectionTest(deps.db, tenantId) }
  })

  api.post<{ Params: TenantParams }>(
    path,
    { config: { rateLimit: TEST_LIMIT } },
    async (request, reply) => {
      const { principal, tenantId } = await requireTenant(deps.db, request)
      const result = await testConnection(deps, tenantId, principal)
      if (!result.ok) return sendProblem(reply, result.problem)
      request.log.info({ tenantId, outcome: result.test.outcome }, 'test de connexion')
      return result.test
    },
  )
}
