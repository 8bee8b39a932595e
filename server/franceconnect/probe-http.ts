import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { checkTexts } from '#contract/connection-texts'
import { isPrivateAddress } from './addresses'
import { hostVerdict, type ProbePolicy } from './probe-policy'

export interface ProbeResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  durationMs: number
}

/** Why a probe request could not be made or finished, in French. */
export class ProbeError extends Error {
  override name = 'ProbeError'
  constructor(
    message: string,
    readonly reason:
      | 'not-allowed'
      | 'private-address'
      | 'dns'
      | 'refused'
      | 'timeout'
      | 'tls'
      | 'too-large'
      | 'network',
  ) {
    super(message)
  }
}

export interface ProbeRequest {
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  timeoutMs?: number
  maxBytes?: number
}

const DEFAULT_TIMEOUT_MS = 5_000
const DEFAULT_MAX_BYTES = 256 * 1024

/** Resolves a name, refusing any address off the public Internet unless the host is listed. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 4)
        return
      }
      const blocked = !allowPrivate && addresses.some(({ address }) => isPrivateAddress(address))
      if (blocked || addresses.length === 0) {
        const refusal = Object.assign(new Error(`${hostname} resolves to a private address`), {
          code: 'EPRIVATEADDRESS',
        })
        callback(refusal, '', 4)
        return
      }
      // Node asks for every address (`all`) when it tries both families, else for one.
      if (options.all) {
        ;(callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses)
        return
      }
      const [first] = addresses
      callback(null, first?.address ?? '', first?.family ?? 4)
    })
  }
}

function classify(error: NodeJS.ErrnoException, host: string): ProbeError {
  const code = error.code ?? ''
  if (code === 'EPRIVATEADDRESS') {
    return new ProbeError(
      `${host} désigne une adresse privée ou locale : elle n’est sondée que si FRANCECONNECT_ALLOWED_HOSTS la liste.`,
      'private-address',
    )
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ProbeError(`Le nom ${host} est introuvable (DNS).`, 'dns')
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH') {
    return new ProbeError(`${host} refuse la connexion ou ne répond pas.`, 'refused')
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
    return new ProbeError(`Le certificat TLS de ${host} n’a pas pu être vérifié (${code}).`, 'tls')
  }
  return new ProbeError(`${host} n’a pas pu être joint (${code || error.message}).`, 'network')
}

/**
 * One https request of a connection test: to an allowed host only, on a public address
 * (or a listed host), TLS verified, no redirect followed, within a time and size limit.
 */
export function probeFetch(
  url: URL,
  policy: ProbePolicy,
  init: ProbeRequest = {},
): Promise<ProbeResponse> {
  const verdict = hostVerdict(url, policy)
  if (verdict === 'refused') {
    return Promise.reject(
      new ProbeError(
        checkTexts.notAllowedReason(url.protocol === 'https:' ? url.host : url.href),
        'not-allowed',
      ),
    )
  }
  const allowPrivate = verdict === 'listed'
  const literal = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(literal) && !allowPrivate && isPrivateAddress(literal)) {
    return Promise.reject(
      classify(Object.assign(new Error(), { code: 'EPRIVATEADDRESS' }), url.host),
    )
  }
  const timeoutMs = init.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = init.maxBytes ?? DEFAULT_MAX_BYTES
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: init.method ?? 'GET',
        headers: { accept: 'application/json, text/html;q=0.9', ...init.headers },
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > maxBytes) {
            response.destroy()
            reject(
              new ProbeError(
                `La réponse de ${url.host} dépasse ${maxBytes / 1024} Kio.`,
                'too-large',
              ),
            )
            return
          }
          chunks.push(chunk)
        })
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            durationMs: Math.round(performance.now() - started),
          }),
        )
        response.on('error', (error) => reject(classify(error, url.host)))
      },
    )
    outgoing.on('timeout', () =>
      outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    )
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (
        error.code === 'ETIMEDOUT' ||
        error.name === 'AbortError' ||
        error.name === 'TimeoutError'
      ) {
        reject(new ProbeError(`${url.host} n’a pas répondu en ${timeoutMs / 1000} s.`, 'timeout'))
        return
      }
      reject(classify(error, url.host))
    })
    outgoing.end(init.body)
  })
}
