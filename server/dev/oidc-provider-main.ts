// A local OpenID provider: the test accounts (alice, bruno, carole, david), one client (the reference
// server at E2E_PUBLIC_URL), over https with the private CA of E2E_PKI_DIR, on
// E2E_PROVIDER_PORT. The Playwright journeys sign in with it; `npm run demo:oidc` lets anyone
// try the sign-in by hand (see the README).
import { testPki } from './pki'
import { startTestProvider } from './oidc-provider'

// The address the README's demo gives the server (PUBLIC_URL=http://127.0.0.1:8080/).
const publicUrl = process.env.E2E_PUBLIC_URL ?? 'http://127.0.0.1:8080/'
const provider = await startTestProvider(testPki(process.env.E2E_PKI_DIR ?? '.demo-pki'), {
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
const pki = process.env.E2E_PKI_DIR ?? '.demo-pki'
process.stdout.write(
  `Fournisseur d’identité de test : ${provider.issuer} (comptes : alice, bruno, carole, david ; ` +
    `n’importe quel mot de passe ; autorité de certification : ${pki}/ca.pem)\n`,
)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void provider.close().then(() => process.exit(0)))
}
