import { randomBytes } from 'node:crypto'
import { isProductionEnvironment, type Environment } from '#contract/catalogue'
import type { ConnectionCheck } from '#contract/connection-test'
import { EIDAS_LEVEL, SIGNATURE_ALGORITHM } from '#contract/declaration'
import { normalizeEnvironmentUrl } from '#contract/catalogue'
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
  /** Null when the stored secret could not be opened (key lost, ciphertext tampered). */
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

const TITLES = {
  discovery: 'Environnement joignable',
  requirements: 'Exigences de FranceConnect',
  client: 'Identifiant client et URL de redirection',
  secret: 'Secret client',
} as const

type CheckId = keyof typeof TITLES

const skipped = (id: CheckId, why: string): ConnectionCheck => ({
  id,
  title: TITLES[id],
  status: 'skipped',
  durationMs: null,
  message: why,
  nextStep: null,
})

async function timed(
  id: CheckId,
  work: () => Promise<Omit<ConnectionCheck, 'id' | 'title' | 'durationMs'>>,
): Promise<ConnectionCheck> {
  const started = performance.now()
  const result = await work()
  return { id, title: TITLES[id], durationMs: Math.round(performance.now() - started), ...result }
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** Where the discovery document may be: the catalogue's issuer, then {url}/api/v2, then {url}. */
export function issuerCandidates(environmentUrl: string, environment: Environment | undefined) {
  const url = normalizeEnvironmentUrl(environmentUrl)
  return [
    ...new Set(
      [environment?.issuer, `${url}/api/v2`, url].filter((item): item is string => Boolean(item)),
    ),
  ]
}

async function discover(target: ProbeTarget, policy: ProbePolicy) {
  let failure = 'aucune réponse'
  for (const issuer of issuerCandidates(target.environmentUrl, target.environment)) {
    try {
      const response = await probeFetch(
        new URL(`${issuer}/.well-known/openid-configuration`),
        policy,
      )
      if (response.status !== 200) {
        failure = `${issuer}/.well-known/openid-configuration répond ${response.status}`
        continue
      }
      let metadata: Metadata
      try {
        metadata = JSON.parse(response.body) as Metadata
      } catch {
        failure = `le document de découverte de ${issuer} n’est pas du JSON`
        continue
      }
      if (metadata.issuer !== issuer) {
        failure = `le document de découverte annonce l’émetteur « ${metadata.issuer} » au lieu de « ${issuer} »`
        continue
      }
      return { metadata, failure: null }
    } catch (error) {
      if (error instanceof ProbeError && error.reason === 'not-allowed') throw error
      failure = error instanceof ProbeError ? error.message : 'erreur inattendue'
    }
  }
  return { metadata: null, failure }
}

function endpoint(value: unknown): URL | null {
  if (typeof value !== 'string') return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

function otherEnvironmentHint(environment: Environment | undefined): string {
  if (environment && isProductionEnvironment(environment)) {
    return 'Si cette clé a été délivrée pour l’intégration ou le bac à sable, choisissez cet environnement ; sinon, vérifiez l’identifiant client (64 caractères hexadécimaux reçus de FranceConnect).'
  }
  return 'Si cette clé a été délivrée pour la production, choisissez Production ; sinon, vérifiez l’identifiant client (64 caractères hexadécimaux reçus de FranceConnect).'
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
): Promise<{
  checks: ConnectionCheck[]
  issuer: string | null
}> {
  if (target.environmentUrl.trim() === '') {
    const why = 'Aucun environnement FranceConnect n’est enregistré pour cet espace.'
    return {
      issuer: null,
      checks: (['discovery', 'requirements', 'client', 'secret'] as const).map((id) =>
        skipped(id, why),
      ),
    }
  }
  let metadata: Metadata | null = null
  const discovery = await timed('discovery', async () => {
    try {
      const found = await discover(target, policy)
      metadata = found.metadata
      if (found.metadata) {
        return {
          status: 'passed',
          message: `Le document de découverte de ${found.metadata.issuer} a répondu.`,
          nextStep: null,
        }
      }
      const retired = target.environment?.status === 'retired'
      return {
        status: 'failed',
        message: `L’environnement ne répond pas comme FranceConnect : ${found.failure}.`,
        nextStep: retired
          ? 'Cette plateforme est arrêtée : choisissez un environnement FranceConnect v2 et la clé qui va avec.'
          : 'Vérifiez l’environnement choisi (URL exacte, en https) ; si FranceConnect est en maintenance, réessayez plus tard.',
      }
    } catch (error) {
      return {
        status: 'failed',
        message: error instanceof ProbeError ? error.message : 'Erreur inattendue.',
        nextStep:
          'Choisissez un environnement du catalogue ; un autre hôte doit être ajouté par l’administrateur du serveur (FRANCECONNECT_ALLOWED_HOSTS).',
      }
    }
  })
  const found = metadata as Metadata | null
  if (!found) {
    const why = 'Non effectué : l’environnement n’a pas répondu.'
    return {
      issuer: null,
      checks: [
        discovery,
        skipped('requirements', why),
        skipped('client', why),
        skipped('secret', why),
      ],
    }
  }

  const requirements = await timed('requirements', async () => {
    const missing: string[] = []
    if (!list(found.id_token_signing_alg_values_supported).includes(SIGNATURE_ALGORITHM)) {
      missing.push(`${SIGNATURE_ALGORITHM} pour signer les jetons d’identité`)
    }
    if (!list(found.acr_values_supported).includes(EIDAS_LEVEL)) {
      missing.push(`le niveau ${EIDAS_LEVEL}`)
    }
    if (!list(found.token_endpoint_auth_methods_supported).includes('client_secret_post')) {
      missing.push('l’authentification client_secret_post')
    }
    const jwksUri = endpoint(found.jwks_uri)
    try {
      if (!jwksUri) throw new ProbeError('pas de jwks_uri', 'network')
      const response = await probeFetch(jwksUri, policy)
      const published = (JSON.parse(response.body) as { keys?: unknown }).keys
      const keys = Array.isArray(published) ? (published as Record<string, unknown>[]) : []
      const es256 = keys.some(
        (jwk) =>
          (jwk.alg === 'ES256' || (jwk.kty === 'EC' && jwk.crv === 'P-256')) && jwk.use !== 'enc',
      )
      if (!es256) missing.push('une clé de signature ES256 dans son JWKS')
    } catch (error) {
      missing.push(
        `un JWKS joignable (${error instanceof ProbeError ? error.message : 'réponse illisible'})`,
      )
    }
    if (missing.length === 0) {
      return {
        status: 'passed',
        message: `ES256, ${EIDAS_LEVEL}, client_secret_post et une clé ES256 : l’environnement convient.`,
        nextStep: null,
      }
    }
    return {
      status: 'failed',
      message: `L’environnement ne propose pas : ${missing.join(' ; ')}.`,
      nextStep:
        'Ce n’est pas FranceConnect v2 (eIDAS 1) tel que l’attend le portail : vérifiez l’URL, ou choisissez un environnement du catalogue.',
    }
  })

  let clientUnknown = false
  const client = target.clientId
    ? await timed('client', async () => {
        const authorize = endpoint(found.authorization_endpoint)
        if (!authorize)
          return {
            status: 'failed',
            message: 'Pas de point d’autorisation annoncé.',
            nextStep: null,
          }
        const random = () => randomBytes(24).toString('base64url')
        for (const [name, value] of Object.entries({
          client_id: target.clientId,
          redirect_uri: target.redirectUri,
          response_type: 'code',
          scope: 'openid',
          acr_values: EIDAS_LEVEL,
          state: random(),
          nonce: random(),
        })) {
          authorize.searchParams.set(name, value)
        }
        const response = await probeFetch(authorize, policy)
        const location = response.headers.location
        if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
          return {
            status: 'passed',
            message:
              'FranceConnect connaît cet identifiant client dans cet environnement et accepte l’URL de redirection de connexion. (FranceConnect compte ce test comme une connexion commencée.)',
            nextStep: null,
          }
        }
        const refusal = readRefusal(response.body)
        const detail = refusal.code
          ? ` (code ${refusal.code})`
          : refusal.error
            ? ` (${refusal.error})`
            : ''
        switch (classifyAuthorizeRefusal(refusal)) {
          case 'unknown-client':
            clientUnknown = true
            return {
              status: 'failed',
              message: `FranceConnect ne connaît pas cet identifiant client dans cet environnement${detail}.`,
              nextStep: `Cette clé a sans doute été délivrée pour un autre environnement. ${otherEnvironmentHint(target.environment)}`,
            }
          case 'redirect-not-declared':
            return {
              status: 'failed',
              message: `L’URL de redirection de connexion ${target.redirectUri} n’est pas déclarée pour cette clé${detail}.`,
              nextStep:
                'Déclarez-la exactement auprès de FranceConnect (section « Déclaration auprès de FranceConnect »), ou corrigez l’adresse du portail de l’espace.',
            }
          case 'other':
            return {
              status: 'failed',
              message: `FranceConnect a refusé la demande d’autorisation (HTTP ${response.status}${detail}).`,
              nextStep:
                'Vérifiez l’identifiant client ; si le refus persiste, contactez le support de FranceConnect avec ce code.',
            }
        }
      }).catch((error: unknown) => ({
        ...skipped('client', ''),
        status: 'failed' as const,
        message: error instanceof ProbeError ? error.message : 'Erreur inattendue.',
        nextStep: 'Réessayez ; si l’erreur persiste, vérifiez l’environnement.',
      }))
    : skipped('client', 'Non effectué : aucun identifiant client n’est enregistré.')

  const secret = await secretCheck(target, found, policy, clientUnknown)
  return { issuer: found.issuer, checks: [discovery, requirements, client, secret] }
}

async function secretCheck(
  target: ProbeTarget,
  metadata: Metadata,
  policy: ProbePolicy,
  clientUnknown: boolean,
): Promise<ConnectionCheck> {
  if (!target.clientId)
    return skipped('secret', 'Non effectué : aucun identifiant client n’est enregistré.')
  if (target.secretUnreadable) {
    return {
      ...skipped('secret', ''),
      status: 'failed',
      message:
        'Le secret enregistré ne peut pas être relu par le serveur (clé de chiffrement changée ou perdue).',
      nextStep: 'Saisissez de nouveau le secret client et enregistrez, puis refaites le test.',
    }
  }
  if (target.secret === null)
    return skipped('secret', 'Non effectué : aucun secret client n’est enregistré.')
  if (clientUnknown) {
    return skipped(
      'secret',
      'Non effectué : FranceConnect ne connaît pas l’identifiant client dans cet environnement.',
    )
  }
  const token = endpoint(metadata.token_endpoint)
  const issuerHost = new URL(metadata.issuer).host
  if (!token || token.protocol !== 'https:' || token.host !== issuerHost) {
    return skipped(
      'secret',
      `Non effectué : le point de jeton annoncé (${token?.href ?? 'aucun'}) n’est pas en https sur l’hôte de l’environnement (${issuerHost}) ; le secret n’y est pas envoyé.`,
    )
  }
  const { secret } = target
  return timed('secret', async () => {
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
    switch (classifyTokenAnswer(response.status, readRefusal(response.body))) {
      case 'secret-accepted':
        return {
          status: 'passed',
          message: 'FranceConnect accepte le secret client de cette clé.',
          nextStep: null,
        }
      case 'secret-refused':
        return {
          status: 'failed',
          message:
            'FranceConnect refuse le secret client : il ne correspond pas à cet identifiant dans cet environnement.',
          nextStep:
            'Saisissez de nouveau le secret reçu par SMS pour cette clé (un secret d’un autre environnement est refusé de même), enregistrez, puis refaites le test.',
        }
      case 'client-unknown':
        return {
          status: 'failed',
          message: 'FranceConnect ne trouve pas ce client pour authentifier le secret.',
          nextStep: otherEnvironmentHint(target.environment),
        }
      case 'other':
        return {
          status: 'failed',
          message: `Réponse inattendue du point de jeton (HTTP ${response.status}).`,
          nextStep:
            'Réessayez plus tard ; si elle persiste, contactez le support de FranceConnect.',
        }
    }
  }).catch((error: unknown) => ({
    ...skipped('secret', ''),
    status: 'failed' as const,
    message: error instanceof ProbeError ? error.message : 'Erreur inattendue.',
    nextStep: 'Réessayez ; si l’erreur persiste, vérifiez l’environnement.',
  }))
}
