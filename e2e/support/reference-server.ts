import { testPki } from '../../server/dev/pki'

/**
 * The reference server the `server` project runs its journeys against (`npm start`, on a
 * PostgreSQL database of its own, administrators signing in with a local OpenID provider),
 * when TEST_DATABASE_URL names a PostgreSQL server to put it on. `npm run test:e2e` and
 * `npm test` provide one.
 */
export interface ReferenceServerTarget {
  port: number
  /** The server's own database, dropped and created again before each run. */
  databaseUrl: string
  /** The OpenID provider administrators sign in with (a local oidc-provider over https). */
  issuer: string
  providerPort: number
  /** Where the private CA and the provider's certificate are (E2E_PKI_DIR). */
  pkiDirectory: string
  /** A FranceConnect stand-in (oidc-provider at /api/v2), the connection test's target. */
  franceConnectPort: number
  /** Its environment URL, as a tenant stores it (« Autre URL »). */
  franceConnectUrl: string
}

function target(): ReferenceServerTarget | null {
  const admin = process.env.TEST_DATABASE_URL
  if (!admin) return null
  const url = new URL(admin)
  url.pathname = '/reglages_e2e'
  const providerPort = Number(process.env.E2E_PROVIDER_PORT ?? 8443)
  const pkiDirectory = process.env.E2E_PKI_DIR ?? 'test-results/e2e-pki'
  // Made before any web server starts: the server trusts the CA from its first second.
  testPki(pkiDirectory)
  return {
    port: Number(process.env.E2E_SERVER_PORT ?? 8181),
    databaseUrl: url.toString(),
    issuer: `https://127.0.0.1:${providerPort}`,
    providerPort,
    pkiDirectory,
    franceConnectPort: Number(process.env.E2E_FRANCECONNECT_PORT ?? 8444),
    franceConnectUrl: `https://127.0.0.1:${Number(process.env.E2E_FRANCECONNECT_PORT ?? 8444)}`,
  }
}

export const referenceServer = target()

/** The OpenID client the reference server is, at the test provider. */
export const E2E_CLIENT = {
  id: 'reglages-franceconnect',
  secret: 'secret-du-client-de-test',
  scopes: 'openid email profile fc_tenants',
}

/** Where each signed-in journey's browser state (the session cookie) is kept. */
export const storageStateOf = (login: string) => `test-results/e2e-auth/${login}.json`
