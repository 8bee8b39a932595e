import { readFile } from 'node:fs/promises'
import { expect, test } from './support/fixtures'

test(
  'the app serves its REST contract as openapi.json, next to itself',
  { tag: '@backend' },
  async ({ request }) => {
    const response = await request.get('openapi.json')
    expect(response.ok()).toBe(true)
    const served = (await response.json()) as { openapi: string; paths: object }
    expect(served.openapi).toBe('3.1.0')
    expect(served.paths).toHaveProperty(['/tenants/{tenantId}/france-connect'])
  },
)

// A deployed app may run another release than this checkout: only this repository's server is
// held to this checkout's document.
test(
  'the reference server serves the contract of this checkout',
  { tag: '@reference-server' },
  async ({ request }) => {
    const response = await request.get('openapi.json')
    expect(await response.json()).toEqual(JSON.parse(await readFile('public/openapi.json', 'utf8')))
  },
)
