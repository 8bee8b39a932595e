import type { FastifyInstance } from 'fastify'
import type { Principal } from '../../auth/principal'
import type { OnboardingPolicy } from '../../config'
import type { Database } from '../../db/database'
import type { ProbePolicy } from '../../franceconnect/probe-policy'
import type { SettingsDeps } from '../../settings/settings-service'
import { resolvePrincipal, signInProblem, type AuthMode, type GuardOptions } from '../auth-guard'
import { sendProblem } from '../problem-replies'
import { connectionTestRoutes } from './connection-test-routes'
import { historyRoutes } from './history-routes'
import { onboardingRoutes } from './onboarding-routes'
import { sessionRoutes } from './session-routes'
import { settingsRoutes } from './settings-routes'
import { tenantsRoutes } from './tenants-routes'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set on every request of the API (null: nobody signed in). */
    principal: Principal | null
  }
  interface FastifyContextConfig {
    /** An API route anyone may call (only /api/session, which says whether one is signed in). */
    public?: boolean
  }
}
export interface ApiOptions extends SettingsDeps {
  db: Database
  guard: GuardOptions
  probePolicy: ProbePolicy
  onboarding: OnboardingPolicy
}

/**
 * The REST contract, registered under /api as one plugin: its hooks run on the routes Fastify
 * matched in it, whatever the spelling of the path that led there (percent-encoding, absolute
 * form), and on nothing else. Every route needs a session unless it says it is public; each
 * handler also asks for the principal itself, so that no route is open by omission.
 */
export function apiPlugin(api: FastifyInstance, options: ApiOptions, done: () => void) {
  api.decorateRequest('principal', null)
  api.addHook('onRequest', async (request, reply) => {
    reply.header('Cache-Control', 'no-store')
    request.principal = await resolvePrincipal(options.guard, request)
    if (!request.principal && request.routeOptions.config.public !== true) {
      return sendProblem(reply, signInProblem())
    }
  })
  sessionRoutes(api, options.guard.mode satisfies AuthMode)
  tenantsRoutes(api, options)
  settingsRoutes(api, options)
  historyRoutes(api, options)
  onboardingRoutes(api, options)
  connectionTestRoutes(api, { ...options, policy: options.probePolicy })
  done()
}
