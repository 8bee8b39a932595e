/** What an authorization or token endpoint said, once read. */
export interface ProviderRefusal {
  /** The OAuth error (`invalid_client`, `invalid_redirect_uri`, `invalid_grant`…), if stated. */
  error: string | null
  description: string | null
  /** FranceConnect's own error code (e.g. Y04EA6EF), if the page shows one. */
  code: string | null
}

const UNKNOWN_CLIENT_CODES = new Set(['Y04EA6EF', 'Y030106'])
const REDIRECT_CODES = new Set(['Y04C013C', 'Y030118'])

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

/** Reads a refusal from a JSON body, or from an HTML error page (oidc-provider's or FranceConnect's). */
export function readRefusal(body: string): ProviderRefusal {
  try {
    const json: unknown = JSON.parse(body)
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      const fields = json as Record<string, unknown>
      return {
        error: typeof fields.error === 'string' ? fields.error : null,
        description: typeof fields.error_description === 'string' ? fields.error_description : null,
        code: null,
      }
    }
  } catch {
    // An HTML page.
  }
  const text = decodeEntities(body.replace(/<[^>]+>/g, ' '))
  const field = (name: string) =>
    new RegExp(`\\b${name}\\s*:\\s*([^\\n]+?)\\s*(?:$|\\n|\\s{2,})`, 'm').exec(text)?.[1] ?? null
  const testId = /data-testid="error-code"[^>]*>\s*([A-Z0-9]{5,})/.exec(body)?.[1]
  const code = testId ?? /\b(Y[0-9A-F]{6,7})\b/.exec(text)?.[1] ?? null
  return { error: field('error'), description: field('error_description'), code }
}

export type AuthorizeVerdict = 'unknown-client' | 'redirect-not-declared' | 'other'

/**
 * Why an authorization request was refused: by the OAuth error first, FranceConnect's error
 * codes second (they change with releases), the wording last.
 */
export function classifyAuthorizeRefusal(refusal: ProviderRefusal): AuthorizeVerdict {
  const { error, code, description } = refusal
  if (error === 'invalid_client' || error === 'unauthorized_client') return 'unknown-client'
  if (error === 'invalid_redirect_uri') return 'redirect-not-declared'
  if (code && UNKNOWN_CLIENT_CODES.has(code)) return 'unknown-client'
  if (code && REDIRECT_CODES.has(code)) return 'redirect-not-declared'
  if (description && /redirect_uri/i.test(description)) return 'redirect-not-declared'
  if (description && /client/i.test(description)) return 'unknown-client'
  return 'other'
}

export type TokenVerdict = 'secret-accepted' | 'secret-refused' | 'client-unknown' | 'other'

/**
 * A token request with a made-up code: `invalid_grant` means the client authenticated (the
 * secret is right); `invalid_client`, that it did not (wrong secret, or unknown client).
 */
export function classifyTokenAnswer(status: number, refusal: ProviderRefusal): TokenVerdict {
  if (refusal.error === 'invalid_grant') return 'secret-accepted'
  if (refusal.error === 'invalid_client' || status === 401) {
    return /not found|unknown|inconnu/i.test(refusal.description ?? '')
      ? 'client-unknown'
      : 'secret-refused'
  }
  return 'other'
}
