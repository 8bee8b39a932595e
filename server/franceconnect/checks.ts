import { randomBytes } from 'node:crypto'
import {
  isProductionEnvironment,
  normalizeEnvironmentUrl,
  type Environment,
} from '#contract/catalogue'
import type { ConnectionCheck, ConnectionCheckId } from '#contract/connection-test'
import { CHECK_TITLES, checkTexts, type CheckOutcome } from '#contract/connection-texts'
import { EIDAS_LEVEL, SIGNATURE_ALGORITHM } from '#contract/declaration'
import { classifyAuthorizeRefusal, classifyTokenAnswer, readRefusal } from './classify'
import { probeFetch, ProbeError } from './probe-http'
import type { ProbePolicy } from './probe-policy'

export interface ProbeTarget {
  environmentUrl: string
  /** The catalogue's entry for that URL, if any. */
  environment: Environment | undefined
  clientId: string
  /** The stored secret, opened for this test only; null when none is stored. */
  secret: string | null
  /** The stored secret could not be opened (key lost, ciphertext tampered). */
  secretUnreadable: boolean
  /** The login redirect URL the declaration section computes for this tenant. */
  redirectUri: string
}

interface Metadata {
  issuer: string
  authorization_endpoint?: unknown
  token_endpoint?: unknown
  jwks_uri?: unknown
  id_token_signing_alg_values_supported?: unknown
  acr_values_supported?: unknown
  token_endpoint_auth_methods_supported?: unknown
}

const untimed = (id: ConnectionCheckId, outcome: CheckOutcome): ConnectionCheck => ({
  id,
  title: CHECK_TITLES[id],
  durationMs: null,
  ...outcome,
})

/** Runs a check, times it, and turns a network failure into a failed check. */
async function timed(
  id: ConnectionCheckId,
  work: () => Promise<CheckOutcome>,
): Promise<ConnectionCheck> {
  const started = performance.now()
  let outcome: CheckOutcome
  try {
    outcome = await work()
  } catch (error) {
    outcome = checkTexts.networkFailure(
      error instanceof ProbeError ? error.message : 'Erreur inattendue.',
    )
  }
  return { ...untimed(id, outcome), durationMs: Math.round(performance.now() - started) }
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

function endpoint(value: unknown): URL | null {
  if (typeof value !== 'string') return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** Where the discovery document may be: the catalogue's issuer, then {url}/api/v2, then {url}. */
export function issuerCandidates(environmentUrl: string, environment: Environment | undefined) {
  const url = normalizeEnvironmentUrl(environmentUrl)
  const candidates = [environment?.issuer, `${url}/api/v2`, url]
  return [...new Set(candidates.filter((item): item is string => Boolean(item)))]
}

/** The first candidate issuer whose discovery document answers as itself, or why none did. */
async function discover(target: ProbeTarget, policy: ProbePolicy) {
  let failure = 'aucune réponse'
  for (const issuer of issuerCandidates(target.environmentUrl, target.environment)) {
    const address = `${issuer}/.well-known/openid-configuration`
    try {
      const response = await probeFetch(new URL(address), policy)
      if (response.status !== 200) {
        failure = `${address} répond ${response.status}`
        continue
      }
      const metadata = JSON.parse(response.body) as Metadata
      if (metadata.issuer === issuer) return { metadata, failure: null }
      failure = `le document de découverte annonce l’émetteur « ${metadata.issuer} » au lieu de « ${issuer} »`
    } catch (error) {
      if (error instanceof ProbeError && error.reason === 'not-allowed') throw error
      failure =
        error instanceof ProbeError ? error.message : `le document de ${issuer} n’est pas du JSON`
    }
  }
  return { metadata: null, failure }
}

async function requirementsOf(metadata: Metadata, policy: ProbePolicy): Promise<CheckOutcome> {
  const { missing: texts } = checkTexts
  const missing: string[] = []
  if (!list(metadata.id_token_signing_alg_values_supported).includes(SIGNATURE_ALGORITHM)) {
    missing.push(texts.es256)
  }
  if (!list(metadata.acr_values_supported).includes(EIDAS_LEVEL)) missing.push(texts.eidas1)
  if (!list(metadata.token_endpoint_auth_methods_supported).includes('client_secret_post')) {
    missing.push(texts.secretPost)
  }
  try {
    const jwksUri = endpoint(metadata.jwks_uri)
    if (!jwksUri) throw new ProbeError('pas de jwks_uri annoncé', 'network')
    const published = (JSON.parse((await probeFetch(jwksUri, policy)).body) as { keys?: unknown })
      .keys
    const keys = Array.isArray(published) ? (published as Record<string, unknown>[]) : []
    const signing = keys.some(
      (jwk) =>
        (jwk.alg === SIGNATURE_ALGORITHM || (jwk.kty === 'EC' && jwk.crv === 'P-256')) &&
        jwk.use !== 'enc',
    )
    if (!signing) missing.push(texts.es256Key)
  } catch (error) {
    missing.push(texts.jwks(error instanceof ProbeError ? error.message : 'réponse illisible'))
  }
  return missing.length === 0
    ? checkTexts.requirementsPassed()
    : checkTexts.requirementsFailed(missing)
}

async function clientOf(
  target: ProbeTarget,
  metadata: Metadata,
  policy: ProbePolicy,
): Promise<{ outcome: CheckOutcome; unknownClient: boolean }> {
  const authorize = endpoint(metadata.authorization_endpoint)
  if (!authorize) throw new ProbeError('Pas de point d’autorisation annoncé.', 'network')
  const random = () => randomBytes(24).toString('base64url')
  const parameters = {
    client_id: target.clientId,
    redirect_uri: target.redirectUri,
    response_type: 'code',
    scope: 'openid',
    acr_values: EIDAS_LEVEL,
    state: random(),
    nonce: random(),
  }
  for (const [name, value] of Object.entries(parameters)) authorize.searchParams.set(name, value)
  // The first answer only: a redirect (to the login page, or back with an error) means the
  // client ID and the redirect URL were both accepted.
  const response = await probeFetch(authorize, policy)
  if (response.status >= 300 && response.status < 400 && response.headers.location) {
    return { outcome: checkTexts.clientPassed(), unknownClient: false }
  }
  const refusal = readRefusal(response.body)
  const detail = refusal.code
    ? ` (code ${refusal.code})`
    : refusal.error
      ? ` (${refusal.error})`
      : ''
  const production = target.environment ? isProductionEnvironment(target.environment) : false
  switch (classifyAuthorizeRefusal(refusal)) {
    case 'unknown-client':
      return { outcome: checkTexts.unknownClient(detail, production), unknownClient: true }
    case 'redirect-not-declared':
      return {
        outcome: checkTexts.redirectNotDeclared(target.redirectUri, detail),
        unknownClient: false,
      }
    case 'other':
      return { outcome: checkTexts.authorizeRefused(response.status, detail), unknownClient: false }
  }
}

async function secretOf(target: ProbeTarget, token: URL, secret: string, policy: ProbePolicy) {
  const response = await probeFetch(token, policy, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      // A code FranceConnect never issued: only the client's authentication is at stake.
      code: randomBytes(24).toString('base64url'),
      redirect_uri: target.redirectUri,
      client_id: target.clientId,
      client_secret: secret,
    }).toString(),
  })
  const production = target.environment ? isProductionEnvironment(target.environment) : false
  switch (classifyTokenAnswer(response.status, readRefusal(response.body))) {
    case 'secret-accepted':
      return checkTexts.secretPassed()
    case 'secret-refused':
      return checkTexts.secretRefused()
    case 'client-unknown':
      return checkTexts.secretClientUnknown(production)
    case 'other':
      return checkTexts.tokenUnexpected(response.status)
  }
}

/**
 * Everything that can be checked without a citizen signing in: the environment answers, meets
 * FranceConnect's requirements, knows the client ID and its login redirect URL, and accepts
 * the secret. The secret goes only to the token endpoint the stored environment's discovery
 * advertises, over https, on that environment's own host.
 */
export async function runChecks(
  target: ProbeTarget,
  policy: ProbePolicy,
): Promise<{ checks: ConnectionCheck[]; issuer: string | null }> {
  if (target.environmentUrl.trim() === '') {
    const ids = ['discovery', 'requirements', 'client', 'secret'] as const
    return { issuer: null, checks: ids.map((id) => untimed(id, checkTexts.noEnvironment())) }
  }
  let metadata: Metadata | null = null
  const discovery = await timed('discovery', async () => {
    try {
      const found = await discover(target, policy)
      metadata = found.metadata
      return found.metadata
        ? checkTexts.discoveryPassed(found.metadata.issuer)
        : checkTexts.discoveryFailed(found.failure, target.environment?.status === 'retired')
    } catch (error) {
      return checkTexts.hostRefused(
        error instanceof ProbeError ? error.message : 'Erreur inattendue.',
      )
    }
  })
  const found = metadata as Metadata | null
  if (!found) {
    const notRun = checkTexts.notRunEnvironmentDown()
    return {
      issuer: null,
      checks: [
        discovery,
        untimed('requirements', notRun),
        untimed('client', notRun),
        untimed('secret', notRun),
      ],
    }
  }
  const requirements = await timed('requirements', () => requirementsOf(found, policy))

  // Set by the client check, read by the secret's (a closure TypeScript cannot follow).
  const seen = { unknownClient: false }
  const client = target.clientId
    ? await timed('client', async () => {
        const result = await clientOf(target, found, policy)
        seen.unknownClient = result.unknownClient
        return result.outcome
      })
    : untimed('client', checkTexts.noClientId())

  const token = endpoint(found.token_endpoint)
  const issuerHost = new URL(found.issuer).host
  let secret: ConnectionCheck
  if (!target.clientId) secret = untimed('secret', checkTexts.noClientId())
  else if (target.secretUnreadable) secret = untimed('secret', checkTexts.secretUnreadable())
  else if (target.secret === null) secret = untimed('secret', checkTexts.noSecret())
  else if (seen.unknownClient) secret = untimed('secret', checkTexts.notRunUnknownClient())
  else if (!token || token.protocol !== 'https:' || token.host !== issuerHost) {
    secret = untimed(
      'secret',
      checkTexts.tokenEndpointElsewhere(token?.href ?? 'aucun', issuerHost),
    )
  } else {
    const stored = target.secret
    secret = await timed('secret', () => secretOf(target, token, stored, policy))
  }
  return { issuer: found.issuer, checks: [discovery, requirements, client, secret] }
}
