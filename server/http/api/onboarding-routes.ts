import type { FastifyInstance, FastifyReply } from 'fastify'
import { authorOf } from '../../auth/principal'
import {
  readOnboarding,
  saveOnboarding,
  type OnboardingDeps,
  type OnboardingResult,
} from '../../onboarding/onboarding-service'
import { sendProblem } from '../problem-replies'
import { requireTenant, WRITE_LIMIT, type TenantParams } from './access'

function sendOnboarding(reply: FastifyReply, result: OnboardingResult) {
  if (!result.ok) return sendProblem(reply, result.problem)
  return reply.header('ETag', result.etag).send(result.onboarding)
}

/**
 * `GET`/`PUT /tenants/{tenantId}/france-connect/onboarding` (1.6): the same rights, version
 * checks and write limit as the settings, over the onboarding service.
 */
export function onboardingRoutes(api: FastifyInstance, options: OnboardingDeps) {
  const path = '/tenants/:tenantId/france-connect/onboarding'

  api.get<{ Params: TenantParams }>(path, async (request, reply) => {
    const { tenantId } = await requireTenant(options.db, request)
    return sendOnboarding(reply, await readOnboarding(options, tenantId))
  })

  api.put<{ Params: TenantParams }>(
    path,
    { config: { rateLimit: WRITE_LIMIT } },
    async (request, reply) => {
      const { principal, tenantId } = await requireTenant(options.db, request)
      const result = await saveOnboarding(options, {
        tenantId,
        ifMatch: request.headers['if-match'],
        body: request.body,
        author: authorOf(principal),
      })
      if (result.ok) request.log.info({ tenantId }, 'mise en service enregistrée')
      return sendOnboarding(reply, result)
    },
  )
}
