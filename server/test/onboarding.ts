import { expect } from 'vitest'
import { historyPageSchema } from '#contract/history'
import {
  EMPTY_ONBOARDING_INPUT,
  onboardingSchema,
  type OnboardingInput,
} from '#contract/onboarding'
import { problemDetailsSchema } from '#contract/problem-details'
import type { TestApp } from './app'

export const onboardingPath = (tenantId: string) =>
  `/api/tenants/${tenantId}/france-connect/onboarding`

/** A DataPass request just submitted, nothing else typed. */
export const SUBMITTED: OnboardingInput = {
  ...EMPTY_ONBOARDING_INPUT,
  datapass: {
    number: '61432',
    state: 'submitted',
    organisationName: 'Commune d’Exemple',
    siret: '21750001600019',
  },
}

/** The onboarding resource and the journal of a test app, read with the contract's schemas. */
export function onboardingRequests(server: () => TestApp) {
  const put = (tenantId: string, body: unknown, etag?: string) =>
    server().app.inject({
      method: 'PUT',
      url: onboardingPath(tenantId),
      headers: etag ? { 'if-match': etag } : {},
      payload: body as Record<string, unknown>,
    })
  return {
    put,
    get: async (tenantId: string) => {
      const response = await server().app.inject({ method: 'GET', url: onboardingPath(tenantId) })
      expect(response.statusCode, response.body).toBe(200)
      return { etag: response.headers.etag, body: onboardingSchema.parse(response.json()) }
    },
    history: async (tenantId: string) => {
      const response = await server().app.inject({
        method: 'GET',
        url: `/api/tenants/${tenantId}/france-connect/history?pageSize=100`,
      })
      return historyPageSchema.parse(response.json())
    },
    expectProblem: (response: Awaited<ReturnType<typeof put>>, status: number) => {
      expect(response.statusCode, response.body).toBe(status)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(problemDetailsSchema.parse(response.json())).toMatchObject({ status })
    },
  }
}
