import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { historyQuerySchema } from '#contract/history'
import { problem } from '#contract/problem-details'
import { fieldErrorsOf, problems } from '#contract/problems'
import type { Database } from '../db/database'
import { listJournal } from '../db/journal-repository'
import { authorOf } from '../auth/principal'
import { lastConnectionTest } from '../db/connection-tests-repository'
import { findSettings, findTenant } from '../db/tenants-repository'
import { testConnection } from '../franceconnect/connection-test-service'
import type { ProbePolicy } from '../franceconnect/probe-policy'
import {
  readSettings,
  saveSettings,
  type SettingsDeps,
  type SettingsResult,
} from '../settings/settings-service'
import { sendProblem } from './problem-replies'
import { tenantsCsv, tenantsQuerySchema } from '#contract/tenants-overview'
import { rightsOf } from '../auth/rights'
import { overviewPage, overviewRows } from '../db/overview-repository'

/** CSV when the client asks for it before JSON (a browser's download, a spreadsheet tool). */
function wantsCsv(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim())
  const csv = types.indexOf('text/csv')
  const json = types.indexOf('application/json')
  return csv !== -1 && (json === -1 || csv < json)
}

export interface ApiOptions extends SettingsDeps {
  db: Database
  probePolicy: ProbePolicy
}

/** A few connection tests a minute per person and tenant: each one reaches FranceConnect. */
const TEST_LIMIT = {
  max: 6,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) =>
    `${request.principal?.sessionHash ?? request.ip}:${(request.params as TenantParams).tenantId}`,
}

/** Writes are limited per person (or per address for the local operator), per process. */
const WRITE_LIMIT = {
  max: 60,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) => request.principal?.sessionHash ?? request.ip,
}

interface TenantParams {
  tenantId: string
}

function sendSettings(reply: FastifyReply, result: SettingsResult) {
  if (!result.ok) return sendProblem(reply, result.problem)
  return reply.header('ETag', result.etag).send(result.settings)
}

/** The REST contract, under /api: thin handlers over the settings service and repositories. */
export function apiRoutes(app: FastifyInstance, options: ApiOptions) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store')
    return payload
  })

  app.get('/api/france-connect/environments', () => BUILT_IN_ENVIRONMENTS)

  app.get<{ Querystring: Record<string, string> }>('/api/tenants', async (request, reply) => {
    const principal = request.principal
    if (!principal) throw new Error('the overview reached its route without a principal')
    const query = tenantsQuerySchema.safeParse(request.query)
    if (!query.success) {
      return sendProblem(
        reply,
        problem(400, 'Paramètres de la vue d’ensemble invalides', {
          errors: fieldErrorsOf(query.error.issues),
        }),
      )
    }
    // Only the tenants this person may configure, counted and listed alike.
    const rights = await rightsOf(options.db, principal)
    if (wantsCsv(request.headers.accept)) {
      const rows = await overviewRows(options.db, query.data, rights, BUILT_IN_ENVIRONMENTS)
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="espaces-franceconnect.csv"')
        .send(tenantsCsv(rows, BUILT_IN_ENVIRONMENTS))
    }
    return overviewPage(options.db, query.data, rights, BUILT_IN_ENVIRONMENTS)
  })

  app.get<{ Params: TenantParams }>('/api/tenants/:tenantId', async (request, reply) => {
    const tenant = await findTenant(options.db, request.params.tenantId)
    return tenant ?? sendProblem(reply, problems.unknownTenant(request.params.tenantId))
  })

  app.get<{ Params: TenantParams }>(
    '/api/tenants/:tenantId/france-connect',
    async (request, reply) =>
      sendSettings(reply, await readSettings(options, request.params.tenantId)),
  )

  app.put<{ Params: TenantParams }>(
    '/api/tenants/:tenantId/france-connect',
    { config: { rateLimit: WRITE_LIMIT } },
    async (request, reply) => {
      const principal = request.principal
      // The guard lets no request without a principal reach this route.
      if (!principal) throw new Error('a write reached its route without a principal')
      const result = await saveSettings(options, {
        tenantId: request.params.tenantId,
        ifMatch: request.headers['if-match'],
        body: request.body,
        author: authorOf(principal),
      })
      if (result.ok) request.log.info({ tenantId: request.params.tenantId }, 'réglages enregistrés')
      return sendSettings(reply, result)
    },
  )

  app.get<{ Params: TenantParams; Querystring: Record<string, string> }>(
    '/api/tenants/:tenantId/france-connect/history',
    async (request, reply) => {
      const { tenantId } = request.params
      const query = historyQuerySchema.safeParse(request.query)
      if (!query.success) {
        return sendProblem(
          reply,
          problem(400, 'Paramètres de pagination invalides', {
            errors: fieldErrorsOf(query.error.issues),
          }),
        )
      }
      if (!(await findSettings(options.db, tenantId))) {
        return sendProblem(reply, problems.unknownTenant(tenantId))
      }
      const { page, pageSize } = query.data
      const { items, total } = await listJournal(options.db, tenantId, page, pageSize)
      return { items, page, pageSize, total }
    },
  )

  const testPath = '/api/tenants/:tenantId/france-connect/connection-test'
  app.get<{ Params: TenantParams }>(testPath, async (request, reply) => {
    const { tenantId } = request.params
    if (!(await findSettings(options.db, tenantId))) {
      return sendProblem(reply, problems.unknownTenant(tenantId))
    }
    return { lastTest: await lastConnectionTest(options.db, tenantId) }
  })

  app.post<{ Params: TenantParams }>(
    testPath,
    { config: { rateLimit: TEST_LIMIT } },
    async (request, reply) => {
      const principal = request.principal
      if (!principal) throw new Error('a connection test reached its route without a principal')
      const result = await testConnection(
        {
          db: options.db,
          keyring: options.keyring,
          clock: options.clock,
          policy: options.probePolicy,
        },
        request.params.tenantId,
        principal,
      )
      if (!result.ok) return sendProblem(reply, result.problem)
      request.log.info(
        { tenantId: request.params.tenantId, outcome: result.test.outcome },
        'test de connexion',
      )
      return result.test
    },
  )

  app.get('/readyz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store')
    if (await options.db.ping()) return { status: 'ok' }
    return sendProblem(reply, problem(503, 'Base de données injoignable'))
  })
}
