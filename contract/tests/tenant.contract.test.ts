import { describe, expect, it } from 'vitest'
import { contractTenant, documentErrors, exchange } from './contract-client'

describe(`REST contract: tenant and environment catalogue`, () => {
  it('GET /tenants/{tenantId} returns the tenant and its portal base URL', async () => {
    const response = await exchange('GET', `/tenants/${encodeURIComponent(contractTenant)}`)
    expect(response.status).toBe(200)
    expect(documentErrors('Tenant', response.body)).toEqual([])
    expect(response.body).toMatchObject({ id: contractTenant })
  })

  it('GET /tenants/{tenantId} on an unknown tenant answers 404 with problem details', async () => {
    const response = await exchange('GET', '/tenants/espace-qui-n-existe-pas')
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toContain('application/problem+json')
    expect(documentErrors('Problem', response.body)).toEqual([])
  })

  it('GET /france-connect/environments returns a catalogue, or 404 when there is none', async () => {
    const response = await exchange('GET', '/france-connect/environments')
    expect([200, 404]).toContain(response.status)
    const schema = response.status === 200 ? 'EnvironmentCatalogue' : 'Problem'
    expect(documentErrors(schema, response.body)).toEqual([])
  })
})
