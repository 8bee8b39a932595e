import { apiPath } from '../../lib/api-path'

// The tab's resources in the API (contract/openapi.ts), apart from their schemas: the early
// script asks for the first three before the app's bundle has arrived.
export const settingsPath = (tenantId: string) => apiPath`/tenants/${tenantId}/france-connect`
export const tenantPath = (tenantId: string) => apiPath`/tenants/${tenantId}`
export const CATALOGUE_PATH = '/france-connect/environments'
export const connectionTestPath = (tenantId: string) =>
  apiPath`/tenants/${tenantId}/france-connect/connection-test`
export const historyPath = (tenantId: string) =>
  apiPath`/tenants/${tenantId}/france-connect/history`
export const onboardingPath = (tenantId: string) =>
  apiPath`/tenants/${tenantId}/france-connect/onboarding`
