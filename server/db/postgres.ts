import pg from 'pg'
import { answers, type Database, type Queryable } from './database'

/** A PostgreSQL server (15 or later), shared by as many server processes as needed. */
export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    application_name: 'reglages-franceconnect',
  })
  // An idle client that loses its connection must not bring the process down.
  pool.on('error', () => undefined)
  const query = async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await pool.query(sql, params as unknown[])).rows as Row[]
  await query('select 1')
  return {
    kind: 'postgres',
    query,
    async exec(sql) {
      await pool.query(sql)
    },
    async transaction(work) {
      const client = await pool.connect()
      const tx: Queryable = {
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as Row[],
      }
      try {
        await client.query('begin')
        const result = await work(tx)
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    ping: () => answers(query),
    close: () => pool.end(),
  }
}
