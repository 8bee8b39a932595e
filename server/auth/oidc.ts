import * as client from 'openid-client'
import type { OidcConfig } from '../config'

/** What the callback learns about the person, once every check has passed. */
export interface SignedInPerson {
  subject: string
  name: string
  email: string | null
  /** `email_verified` said true, or OIDC_EMAILS_VERIFIED says the provider checks them all. */
  emailVerified: boolean
  /** The raw value of the tenants claim (ID token, else userinfo). */
  tenantsClaim: unknown
  idToken: string
}

export interface SignInStart {
  url: URL
  state: string
  nonce: string
  codeVerifier: string | null
}

/** The identity provider could not be reached, or did not answer as OpenID Connect says. */
export class ProviderUnavailableError extends Error {
  override name = 'ProviderUnavailableError'
}

function nameOf(claims: Record<string, unknown>): string | undefined {
  const text = (key: string) => {
    const value = claims[key]
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }
  const given = text('given_name')
  // ProConnect says usual_name; most providers family_name.
  const family = text('usual_name') ?? text('family_name')
  return text('name') ?? ([given, family].filter(Boolean).join(' ') || undefined)
}

/**
 * A confidential OpenID Connect client (panva's openid-client): authorization code flow, PKCE
 * when the provider advertises it, state and nonce, the ID token's signature, issuer, audience,
 * nonce and expiry checked by the library; the secret goes in the request body
 * (client_secret_post), a signed userinfo is verified, logout is a redirect with id_token_hint.
 * The provider is reached over https, its certificate verified (NODE_EXTRA_CA_CERTS for a
 * private CA). Discovery happens on first use and is retried after a failure.
 */
export function createOidcClient(config: OidcConfig) {
  const redirectUri = new URL('auth/callback', config.publicUrl).href
  let discovered: Promise<client.Configuration> | null = null

  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        config.issuer,
        config.clientId,
        { client_secret: config.clientSecret, redirect_uris: [redirectUri] },
        client.ClientSecretPost(config.clientSecret),
      )
      .then((discoveredConfiguration) => {
        // The ID token's signature is checked too, not only the TLS of the token endpoint.
        client.enableNonRepudiationChecks(discoveredConfiguration)
        return discoveredConfiguration
      })
      .catch((error: unknown) => {
        discovered = null
        throw new ProviderUnavailableError(
          `Fournisseur d’identité injoignable (${config.issuer.href}) : ${String(error)}`,
        )
      })
    return discovered
  }

  return {
    redirectUri,

    async start(): Promise<SignInStart> {
      const oidc = await configuration()
      const state = client.randomState()
      const nonce = client.randomNonce()
      const codeVerifier = oidc.serverMetadata().supportsPKCE()
        ? client.randomPKCECodeVerifier()
        : null
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: config.scopes,
        state,
        nonce,
        ...(config.acrValues ? { acr_values: config.acrValues } : {}),
      }
      if (codeVerifier) {
        parameters.code_challenge = await client.calculatePKCECodeChallenge(codeVerifier)
        parameters.code_challenge_method = 'S256'
      }
      return { url: client.buildAuthorizationUrl(oidc, parameters), state, nonce, codeVerifier }
    },

    /** Exchanges the code and checks everything; throws on any mismatch. */
    async finish(
      callbackUrl: URL,
      expected: { state: string; nonce: string; codeVerifier: string | null },
    ): Promise<SignedInPerson> {
      const oidc = await configuration()
      const tokens = await client.authorizationCodeGrant(oidc, callbackUrl, {
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
        ...(expected.codeVerifier ? { pkceCodeVerifier: expected.codeVerifier } : {}),
      })
      const claims = tokens.claims()
      if (!claims || !tokens.id_token) throw new Error('no ID token')
      let userinfo: Record<string, unknown> = {}
      if (oidc.serverMetadata().userinfo_endpoint) {
        userinfo = await client.fetchUserInfo(oidc, tokens.access_token, claims.sub)
      }
      const all: Record<string, unknown> = { ...userinfo, ...claims }
      const email = typeof all.email === 'string' ? all.email : null
      const verified = all.email_verified === true || all.email_verified === 'true'
      return {
        subject: claims.sub,
        name: nameOf(all) ?? email ?? claims.sub,
        email,
        emailVerified: email !== null && (verified || config.emailsVerified),
        tenantsClaim: claims[config.tenantsClaim] ?? userinfo[config.tenantsClaim],
        idToken: tokens.id_token,
      }
    },

    /** Where to send the browser to end the provider's session too, if it says where. */
    async endSessionUrl(idToken: string | null): Promise<URL | null> {
      const oidc = await configuration()
      if (!oidc.serverMetadata().end_session_endpoint) return null
      return client.buildEndSessionUrl(oidc, {
        post_logout_redirect_uri: config.publicUrl.href,
        ...(idToken ? { id_token_hint: idToken } : {}),
      })
    },
  }
}

export type OidcClient = ReturnType<typeof createOidcClient>
