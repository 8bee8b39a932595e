import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import Provider, { type Configuration } from 'oidc-provider'
import type { TestPki } from './pki'

/** A person the test provider knows, with the claims it releases. */
export interface TestAccount {
  sub: string
  claims: Record<string, unknown>
}

/**
 * Alice may configure portaildesaides only; Bruno every tenant; Carole none (by the claim);
 * David none, and his provider never checked his email address.
 */
export const TEST_ACCOUNTS: TestAccount[] = [
  {
    sub: 'alice',
    claims: {
      name: 'Alice Martin',
      email: 'alice.martin@portaildesaides.fr',
      email_verified: true,
      fc_tenants: ['portaildesaides'],
    },
  },
  {
    sub: 'bruno',
    claims: {
      given_name: 'Bruno',
      usual_name: 'Bernard',
      email: 'bruno.bernard@interieur.gouv.fr',
      email_verified: true,
      fc_tenants: '*',
    },
  },
  {
    sub: 'carole',
    claims: {
      name: 'Carole Petit',
      email: 'carole.petit@mairie-exemple.fr',
      email_verified: true,
      fc_tenants: [],
    },
  },
  {
    sub: 'david',
    claims: {
      name: 'David Durand',
      email: 'david.durand@mairie-exemple.fr',
      email_verified: false,
      fc_tenants: [],
    },
  },
]

type KeyName = 'rs256' | 'es256'

/** The provider's own signing keys: RS256 (ID tokens, userinfo) and ES256 (as FranceConnect). */
function signingKeys(names: readonly KeyName[]) {
  const make = {
    rs256: () => ({
      ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
      kid: 'rs256',
      alg: 'RS256',
      use: 'sig',
    }),
    es256: () => ({
      ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
      kid: 'es256',
      alg: 'ES256',
      use: 'sig',
    }),
  }
  return { keys: names.map((name) => make[name]()) }
}

export interface TestClient {
  client_id: string
  client_secret: string
  redirect_uris: string[]
  post_logout_redirect_uris?: string[]
}

export interface TestProvider {
  issuer: string
  provider: Provider
  close(): Promise<void>
}

/**
 * A real OpenID provider (panva's oidc-provider) over https with the test CA, at `path` under
 * its origin: ProConnect's rules (client_secret_post, signed userinfo, RP-initiated logout),
 * its development sign-in pages (any login of TEST_ACCOUNTS, any password), consent skipped.
 */
export async function startTestProvider(
  pki: TestPki,
  {
    clients,
    port = 0,
    path = '',
    configuration = {},
    signingKeys: keyNames = ['rs256', 'es256'],
  }: {
    clients: TestClient[]
    port?: number
    path?: string
    configuration?: Configuration
    signingKeys?: readonly KeyName[]
  },
): Promise<TestProvider> {
  const server: Server = createServer({ cert: pki.cert, key: pki.key })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const issuer = `https://127.0.0.1:${(server.address() as AddressInfo).port}${path}`
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      token_endpoint_auth_method: 'client_secret_post',
      userinfo_signed_response_alg: 'RS256',
      ...client,
    })),
    cookies: { keys: ['reglages-franceconnect-test-provider'] },
    jwks: signingKeys(keyNames),
    ttl: { AccessToken: 600, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'usual_name'],
      fc_tenants: ['fc_tenants'],
    },
    scopes: ['openid', 'email', 'profile', 'fc_tenants'],
    findAccount(_ctx, id) {
      const account = TEST_ACCOUNTS.find((candidate) => candidate.sub === id)
      if (!account) return undefined
      return { accountId: id, claims: () => ({ sub: id, ...account.claims }) }
    },
    // A first-party client: no consent screen.
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc
      if (!client || !session?.accountId) return undefined
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      })
      grant.addOIDCScope('openid email profile fc_tenants')
      await grant.save()
      return grant
    },
    ...configuration,
    features: {
      jwtUserinfo: { enabled: true },
      devInteractions: { enabled: true },
      ...configuration.features,
    },
  })
  const callback = provider.callback()
  server.on('request', (request, response) => {
    // Mounted under `path` as Express would: oidc-provider reads the prefix off originalUrl.
    if (path && request.url?.startsWith(path)) {
      Object.assign(request, { originalUrl: request.url })
      request.url = request.url.slice(path.length) || '/'
    }
    void callback(request, response)
  })
  return {
    issuer,
    provider,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
