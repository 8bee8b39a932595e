import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listJournal } from './journal-repository'
import { loadMigrations, migrate } from './migrate'
import { openPostgres } from './postgres'
import type { Database } from './database'
import { addTenant, enableBody, testApp, type TestApp } from '../test/app'
import { createPostgresDatabase, newKeyring } from '../test/databases'

/**
 * Two server instances, each with its own connection pool, on one PostgreSQL database: what
 * several processes behind a load balancer do.
 */
describe('two servers sharing one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>
  let pools: Database[]
  let servers: TestApp[]

  beforeAll(async () => {
    database = await createPostgresDatabase()
    pools = [await openPostgres(database.url, 8), await openPostgres(database.url, 8)]
    // Both start at once: the migrations are applied exactly once.
    const applied = await Promise.all(pools.map((db) => migrate(db)))
    const versions = (await loadMigrations()).map((migration) => migration.version)
    expect(applied.flat().sort()).toEqual(versions)
    const keyring = newKeyring()
    servers = await Promise.all(pools.map((db) => testApp(db, { keyring })))
  })
  afterAll(async () => {
    for (const server of servers) await server.close()
    for (const db of pools) await db.close()
    await database.drop()
  })

  it('let exactly one of many concurrent saves of the same version win; the others get 412', async () => {
    const tenantId = await addTenant(pools[0] as Database)
    const attempts = Array.from({ length: 24 }, (_, index) => {
      const server = servers[index % 2] as TestApp
      return server.app.inject({
        method: 'PUT',
        url: `/api/tenants/${tenantId}/france-connect`,
        headers: { 'if-match': '"r1"' },
        payload: { ...enableBody(), connectionText: `Enregistrement n° ${index}` },
      })
    })
    const statuses = (await Promise.all(attempts)).map((response) => response.statusCode)
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 412)).toHaveLength(23)

    const { items, total } = await listJournal(pools[1] as Database, tenantId, 1, 50)
    expect(total).toBe(1)
    expect(items[0]?.revision).toBe(2)
    const after = await (servers[1] as TestApp).app.inject({
      method: 'GET',
      url: `/api/tenants/${tenantId}/france-connect`,
    })
    expect(after.headers.etag).toBe('"r2"')
  })

  it('apply every concurrent save that asked for no particular version (If-Match: *), one after the other', async () => {
    const tenantId = await addTenant(pools[0] as Database)
    const body = enableBody()
    const { clientSecret: _secret, ...sameKey } = body
    await (servers[0] as TestApp).app.inject({
      method: 'PUT',
      url: `/api/tenants/${tenantId}/france-connect`,
      headers: { 'if-match': '"r1"' },
      payload: body,
    })
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        (servers[index % 2] as TestApp).app.inject({
          method: 'PUT',
          url: `/api/tenants/${tenantId}/france-connect`,
          headers: { 'if-match': '*' },
          payload: { ...sameKey, connectionText: `Enregistrement n° ${index}` },
        }),
      ),
    )
    expect(responses.map((response) => response.statusCode)).toEqual(Array(12).fill(200))
    const etags = responses.map((response) => response.headers.etag).sort()
    expect(new Set(etags).size).toBe(12)
    expect((await listJournal(pools[0] as Database, tenantId, 1, 50)).total).toBe(13)
  })

  it('let one client ID go to one tenant only, even when two ask at the same time', async () => {
    const tenants = [await addTenant(pools[0] as Database), await addTenant(pools[0] as Database)]
    const body = enableBody()
    const responses = await Promise.all(
      tenants.map((tenantId, index) =>
        (servers[index] as TestApp).app.inject({
          method: 'PUT',
          url: `/api/tenants/${tenantId}/france-connect`,
          headers: { 'if-match': '"r1"' },
          payload: body,
        }),
      ),
    )
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 422])
  })
})
