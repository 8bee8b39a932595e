import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

test('the app serves its REST contract as openapi.json, next to itself', async ({ request }) => {
  const response = await request.get('openapi.json')
  expect(response.ok()).toBe(true)
  const served = (await response.json()) as { openapi: string; paths: object }
  expect(served.openapi).toBe('3.1.0')
  expect(served.paths).toHaveProperty(['/tenants/{tenantId}/france-connect'])
  expect(served).toEqual(JSON.parse(await readFile('public/openapi.json', 'utf8')))
})
