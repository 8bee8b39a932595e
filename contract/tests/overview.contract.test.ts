import { describe, expect, it } from 'vitest'
import { contractTenant, documentErrors, exchange } from './contract-client'

interface Page {
  items: { id: string; name: string; enabled: boolean; toHandle: string[] }[]
  total: number
  summary: { total: number; enabled: number; disabled: number; toHandle: number }
}

/** `GET /tenants` (1.5), or null when the backend has no overview (404, checked as a problem). */
async function overview(query: string): Promise<Page | null> {
  const response = await exchange('GET', `/tenants${query}`)
  expect([200, 404]).toContain(response.status)
  if (response.status === 404) {
    expect(documentErrors('Problem', response.body)).toEqual([])
    return null
  }
  expect(documentErrors('TenantsPage', response.body)).toEqual([])
  return response.body as Page
}

describe('REST contract: tenants overview', () => {
  it('GET /tenants pages the tenants one may see, with counts over all of them', async () => {
    const page = await overview('?pageSize=2')
    if (!page) return
    expect(page.items.length).toBeLessThanOrEqual(2)
    expect(page.total).toBeGreaterThanOrEqual(page.items.length)
    expect(page.summary.enabled + page.summary.disabled).toBe(page.summary.total)
    expect(page.summary.toHandle).toBeLessThanOrEqual(page.summary.total)
  })

  it('GET /tenants?q= finds a tenant by its id, and filters agree with the rows', async () => {
    const found = await overview(`?q=${encodeURIComponent(contractTenant)}`)
    if (!found) return
    expect(found.items.map((item) => item.id)).toContain(contractTenant)
    const enabled = await overview('?enabled=true&pageSize=100')
    expect(enabled?.items.every((item) => item.enabled)).toBe(true)
    expect(enabled?.total).toBe(enabled?.summary.enabled)
    const toHandle = await overview('?toHandle=true&pageSize=100')
    expect(toHandle?.items.every((item) => item.toHandle.length > 0)).toBe(true)
    expect(toHandle?.total).toBe(toHandle?.summary.toHandle)
  })

  it('GET /tenants with a page size over the limit answers 400 with the field at fault', async () => {
    if (!(await overview(''))) return
    const response = await exchange('GET', '/tenants?pageSize=1000')
    expect(response.status).toBe(400)
    expect(documentErrors('ValidationProblem', response.body)).toEqual([])
    expect(response.text).toContain('/pageSize')
  })

  it('GET /tenants as text/csv is the filtered list for French spreadsheets: BOM, « ; », CRLF', async () => {
    if (!(await overview(''))) return
    const response = await exchange('GET', `/tenants?q=${encodeURIComponent(contractTenant)}`, {
      headers: { Accept: 'text/csv' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/)
    expect(response.text.startsWith('\uFEFFIdentifiant;Nom;')).toBe(true)
    const lines = response.text.slice(1).trimEnd().split('\r\n')
    expect(lines.slice(1).some((line) => line.startsWith(`${contractTenant};`))).toBe(true)
  })
})
