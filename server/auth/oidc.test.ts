import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { SignJWT, exportJWK } from 'jose'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { testPki } from '../dev/pki'
import { createOidcClient, type OidcClient } from './oidc'

const APP = 'http://127.0.0.1:8080/'
const key = generateKeyPairSync('rsa', { modulusLength: 2048 })
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 })

interface Forgery {
  issuer?: string
  audience?: string
  nonce?: string
  expiresIn?: number
  signWith?: KeyObject
  claims?: Record<string, unknown>
}

const clientOf = (issuer: string, emailsVerified: boolean) =>
  createOidcClient({
    issuer: new URL(issuer),
    clientId: 'reglages',
    clientSecret: 'secret',
    publicUrl: new URL(APP),
    scopes: 'openid',
    tenantsClaim: 'fc_tenants',
    acrValues: null,
    emailsVerified,
  })

/**
 * A minimal OpenID provider whose token endpoint answers with the ID token a test forges:
 * what a real provider never sends, to see each check of the client refuse it.
 */
describe('the checks on the ID token', () => {
  let server: Server
  let issuer: string
  let forgery: Forgery = {}
  let oidc: OidcClient

  beforeAll(async () => {
    const pki = testPki(inject('pkiDirectory'))
    const publicJwk = { ...(await exportJWK(key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }
    server = createServer({ cert: pki.cert, key: pki.key }, (request, response) => {
      const send = (body: unknown) => {
        response.setHeader('content-type', 'application/json')
        response.end(JSON.stringify(body))
      }
      if (request.url === '/.well-known/openid-configuration') {
        send({
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
        })
      } else if (request.url === '/jwks') {
        send({ keys: [publicJwk] })
      } else if (request.url === '/token') {
        const now = Math.floor(Date.now() / 1000)
        void new SignJWT({
          nonce: forgery.nonce ?? 'nonce-attendu-0123456789abcdef012345',
          ...forgery.claims,
        })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(forgery.issuer ?? issuer)
          .setAudience(forgery.audience ?? 'reglages')
          .setSubject('alice')
          .setIssuedAt(now)
          .setExpirationTime(now + (forgery.expiresIn ?? 300))
          .sign(forgery.signWith ?? key.privateKey)
          .then((idToken) =>
            send({ access_token: 'jeton-acces', token_type: 'Bearer', id_token: idToken }),
          )
      } else {
        response.statusCode = 404
        response.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    issuer = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
    oidc = clientOf(issuer, false)
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  const finish = (overrides: Forgery) => {
    forgery = overrides
    return oidc.finish(new URL(`${APP}auth/callback?code=un-code&state=etat-attendu`), {
      state: 'etat-attendu',
      nonce: 'nonce-attendu-0123456789abcdef012345',
      codeVerifier: null,
    })
  }

  it('accepts a token from the provider, for this client, with the nonce sent, still valid', async () => {
    await expect(finish({})).resolves.toMatchObject({ subject: 'alice', name: 'alice' })
  })

  it('tells a verified email address from one the provider did not vouch for', async () => {
    const email = 'alice.martin@portaildesaides.fr'
    await expect(finish({ claims: { email, email_verified: true } })).resolves.toMatchObject({
      email,
      emailVerified: true,
    })
    for (const claims of [{ email, email_verified: false }, { email }, { email_verified: true }])
      await expect(finish({ claims })).resolves.toMatchObject({ emailVerified: false })
  })

  it('takes every address as verified when OIDC_EMAILS_VERIFIED says the provider checks them', async () => {
    const trusting = clientOf(issuer, true)
    forgery = { claims: { email: 'alice.martin@portaildesaides.fr' } }
    await expect(
      trusting.finish(new URL(`${APP}auth/callback?code=un-code&state=etat-attendu`), {
        state: 'etat-attendu',
        nonce: 'nonce-attendu-0123456789abcdef012345',
        codeVerifier: null,
      }),
    ).resolves.toMatchObject({ emailVerified: true })
  })

  it.each([
    [
      'another issuer',
      { issuer: 'https://autre-fournisseur.example' },
      { cause: { cause: { claim: 'iss' } } },
    ],
    ['another audience', { audience: 'un-autre-client' }, { cause: { cause: { claim: 'aud' } } }],
    [
      'another nonce',
      { nonce: 'nonce-rejoue-0123456789abcdef0123456' },
      { cause: { cause: { claim: 'nonce' } } },
    ],
    ['an expired token', { expiresIn: -3600 }, { cause: { cause: { claim: 'exp' } } }],
    ['a signature by another key', { signWith: otherKey.privateKey }, { message: /signature/i }],
  ])('refuses %s', async (_case, overrides, error) => {
    const failure: unknown = await finish(overrides).then(
      () => 'accepted',
      (caught: unknown) => caught,
    )
    expect(failure).toBeInstanceOf(Error)
    expect(failure).toMatchObject(error)
  })

  it('refuses a response whose state is not the one sent', async () => {
    forgery = {}
    await expect(
      oidc.finish(new URL(`${APP}auth/callback?code=un-code&state=autre-etat`), {
        state: 'etat-attendu',
        nonce: 'nonce-attendu-0123456789abcdef012345',
        codeVerifier: null,
      }),
    ).rejects.toMatchObject({ cause: { message: 'unexpected "state" response parameter value' } })
  })

  it('refuses an issuer over http', async () => {
    await expect(
      createOidcClient({
        issuer: new URL('http://fournisseur.example'),
        clientId: 'x',
        clientSecret: 'y',
        publicUrl: new URL(APP),
        scopes: 'openid',
        tenantsClaim: 'fc_tenants',
        acrValues: null,
        emailsVerified: false,
      }).start(),
    ).rejects.toThrow(/Fournisseur d’identité injoignable/)
  })
})
