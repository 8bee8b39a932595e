import { describe, expect, it } from 'vitest'
import { classifyAuthorizeRefusal, classifyTokenAnswer, readRefusal } from './classify'

/** FranceConnect's own error page shows a code, not the OAuth error's name. */
const franceConnectPage = (code: string) =>
  `<!doctype html><html><body><h1>Une erreur est survenue</h1><p>Code : <span data-testid="error-code">${code}</span></p></body></html>`

/** oidc-provider's default error page. */
const oidcProviderPage = (error: string, description: string) =>
  `<html><body><div class="container"><h1>oops! something went wrong</h1><pre><strong>error</strong>: ${error}</pre><pre><strong>error_description</strong>: ${description}</pre></div></body></html>`

describe('reading why FranceConnect refused', () => {
  it('takes the OAuth error from a JSON body or an oidc-provider page', () => {
    expect(
      readRefusal('{"error":"invalid_grant","error_description":"grant request is invalid"}'),
    ).toEqual({
      error: 'invalid_grant',
      description: 'grant request is invalid',
      code: null,
    })
    expect(
      readRefusal(
        oidcProviderPage(
          'invalid_redirect_uri',
          'redirect_uri did not match any of the client&#39;s registered redirect_uris',
        ),
      ),
    ).toMatchObject({
      error: 'invalid_redirect_uri',
      description: "redirect_uri did not match any of the client's registered redirect_uris",
    })
  })

  it.each([
    ['Y04EA6EF', 'unknown-client'],
    ['Y030106', 'unknown-client'],
    ['Y04C013C', 'redirect-not-declared'],
    ['Y030118', 'redirect-not-declared'],
    ['Y030007', 'other'],
  ])('classifies FranceConnect’s page with code %s as %s', (code, verdict) => {
    const refusal = readRefusal(franceConnectPage(code))
    expect(refusal.code).toBe(code)
    expect(classifyAuthorizeRefusal(refusal)).toBe(verdict)
  })

  it('trusts the OAuth error before the code', () => {
    expect(
      classifyAuthorizeRefusal({ error: 'invalid_client', description: null, code: 'Y04C013C' }),
    ).toBe('unknown-client')
  })

  it('reads a token answer: invalid_grant accepts the secret, invalid_client refuses it', () => {
    expect(classifyTokenAnswer(400, readRefusal('{"error":"invalid_grant"}'))).toBe(
      'secret-accepted',
    )
    expect(
      classifyTokenAnswer(
        401,
        readRefusal(
          '{"error":"invalid_client","error_description":"client authentication failed (invalid secret provided)"}',
        ),
      ),
    ).toBe('secret-refused')
    expect(
      classifyTokenAnswer(
        401,
        readRefusal(
          '{"error":"invalid_client","error_description":"client authentication failed (client not found)"}',
        ),
      ),
    ).toBe('client-unknown')
    expect(classifyTokenAnswer(401, readRefusal('{"error":"invalid_client"}'))).toBe(
      'secret-refused',
    )
    expect(classifyTokenAnswer(500, readRefusal('<html>erreur</html>'))).toBe('other')
  })
})
