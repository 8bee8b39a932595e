import { randomBytes } from 'node:crypto'
import type { Configuration } from 'oidc-provider'
import type { TestPki } from './pki'
import { startTestProvider, type TestClient, type TestProvider } from './oidc-provider'

/** 64 lowercase hex characters: the format of FranceConnect's client IDs and secrets. */
export const franceConnectToken = () => randomBytes(32).toString('hex')

/** FranceConnect's error codes on its error page (see franceconnect.md). */
const ERROR_CODES: Record<string, string> = {
  invalid_client: 'Y04EA6EF',
  invalid_redirect_uri: 'Y04C013C',
}

export interface FranceConnectStandIn extends TestProvider {
  /** The environment URL a tenant stores (the issuer without /api/v2). */
  environmentUrl: string
  /** Registers a key, as FranceConnect does for an accepted service provider. */
  register(redirectUri: string): Promise<{ clientId: string; clientSecret: string }>
}

const INITIAL_ACCESS_TOKEN = 'jeton-enregistrement-de-test'

/**
 * A stand-in for FranceConnect v2, built like it on panva's oidc-provider, at `/api/v2` over
 * https with the test CA: ES256 ID tokens (unless `es256: false`), the eidas1 level,
 * client_secret_post, FranceConnect-style error pages (a code, `data-testid="error-code"`),
 * keys in FranceConnect's format, registered through dynamic client registration.
 */
export async function startFranceConnectStandIn(
  pki: TestPki,
  {
    port = 0,
    es256 = true,
    clients = [],
  }: { port?: number; es256?: boolean; clients?: TestClient[] } = {},
): Promise<FranceConnectStandIn> {
  const configuration: Configuration = {
    acrValues: ['eidas1'],
    enabledJWA: { idTokenSigningAlgValues: es256 ? ['ES256', 'RS256'] : ['RS256'] },
    features: {
      devInteractions: { enabled: true },
      registration: {
        enabled: true,
        initialAccessToken: INITIAL_ACCESS_TOKEN,
        idFactory: franceConnectToken,
        secretFactory: franceConnectToken,
      },
    },
    renderError(ctx, out) {
      const code = ERROR_CODES[out.error] ?? 'Y000000'
      ctx.type = 'html'
      ctx.body = `<!doctype html><html lang="fr"><body><h1>Une erreur est survenue</h1><p>Code erreur : <span data-testid="error-code">${code}</span></p></body></html>`
      return Promise.resolve()
    },
  }
  const provider = await startTestProvider(pki, {
    port,
    path: '/api/v2',
    clients: clients.map((client) => ({
      id_token_signed_response_alg: es256 ? 'ES256' : 'RS256',
      ...client,
    })),
    configuration,
    signingKeys: es256 ? ['rs256', 'es256'] : ['rs256'],
  })
  return {
    ...provider,
    environmentUrl: new URL(provider.issuer).origin,
    async register(redirectUri) {
      const response = await fetch(`${provider.issuer}/reg`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`,
        },
        body: JSON.stringify({
          redirect_uris: [redirectUri],
          token_endpoint_auth_method: 'client_secret_post',
          id_token_signed_response_alg: es256 ? 'ES256' : 'RS256',
        }),
      })
      if (response.status !== 201)
        throw new Error(`registration: ${response.status} ${await response.text()}`)
      const client = (await response.json()) as { client_id: string; client_secret: string }
      return { clientId: client.client_id, clientSecret: client.client_secret }
    },
  }
}
