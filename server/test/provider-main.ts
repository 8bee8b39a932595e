// The OpenID provider of the Playwright journeys on the reference server: the test accounts,
// one client (the server), over https with the private CA of E2E_PKI_DIR, on E2E_PROVIDER_PORT.
import { testPki } from './pki'
import { startTestProvider } from './oidc-provider'

const publicUrl = process.env.E2E_PUBLIC_URL ?? 'http://127.0.0.1:8181/'
const provider = await startTestProvider(testPki(process.env.E2E_PKI_DIR ?? '.e2e-pki'), {
  port: Number(process.env.E2E_PROVIDER_PORT ?? 8443),
  clients: [
    {
      client_id: process.env.E2E_CLIENT_ID ?? 'reglages-franceconnect',
      client_secret: process.env.E2E_CLIENT_SECRET ?? 'secret-du-client-de-test',
      redirect_uris: [new URL('auth/callback', publicUrl).href],
      post_logout_redirect_uris: [publicUrl],
    },
  ],
})
process.stdout.write(`Fournisseur d’identité de test : ${provider.issuer}\n`)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void provider.close().then(() => process.exit(0)))
}
