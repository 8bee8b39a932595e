import type { FastifyInstance, FastifyReply } from 'fastify'
import { authorOf } from '../../auth/principal'
import {
  readSettings,
  saveSettings,
  type SettingsDeps,
  type SettingsResult,
} from '../../settings/settings-service'
import { sendProblem } from '../problem-replies'
import { requireTenant, WRITE_LIMIT, type TenantParams } from './access'

function sendSettings(reply: FastifyReply, result: SettingsResult) {
  if (!result.ok) return sendProblem(reply, result.problem)
  return reply.header('ETag', result.etag).send(result.settings)
}

/** `GET`/`PUT /tenants/{tenantId}/france-connect`: thin handlers over the settings service. */
export function settingsRoutes(api: FastifyInstance, options: SettingsDeps) {
  const path = '/tenants/:tenantId/france-connect'

  api.get<{ Params: TenantParams }>(path, async (request, reply) => {
    const { tenantId } = await requireTenant(options.db, request)
    return sendSettings(reply, await readSettings(options, tenantId))
  })

  api.put<{ Params: TenantParams }>(
    path,
    { config: { rateLimit: WRITE_LIMIT } },
    async (request, reply) => {
      const { principal, tenantId } = await requireTenant(options.db, request)
      const result = await saveSettings(options, {
        tenantId,
        ifMatch: request.headers['if-match'],
        body: request.body,
        author: authorOf(principal),
      })
      if (result.ok) request.log.info({ tenantId }, 'réglages enregistrés')
      return sendSettings(reply, result)
    },
  )
}
