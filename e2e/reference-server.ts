/**
 * The reference server the `server` project runs its journeys against (`npm start`, on a
 * PostgreSQL database of its own), when TEST_DATABASE_URL names a PostgreSQL server to put it
 * on. `npm run test:e2e` and `npm test` provide one.
 */
export interface ReferenceServerTarget {
  port: number
  /** The server's own database, dropped and created again before each run. */
  databaseUrl: string
}

function target(): ReferenceServerTarget | null {
  const admin = process.env.TEST_DATABASE_URL
  if (!admin) return null
  const url = new URL(admin)
  url.pathname = '/reglages_e2e'
  return { port: Number(process.env.E2E_SERVER_PORT ?? 8181), databaseUrl: url.toString() }
}

export const referenceServer = target()
