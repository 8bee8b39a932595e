import type { Environment } from '#contract/catalogue'

/**
 * Which hosts the server may probe: https only, on a host of the environment catalogue (its
 * URLs and issuers) or of FRANCECONNECT_ALLOWED_HOSTS (`host` for port 443, or `host:port`).
 * Only the hosts listed there may resolve to a private or loopback address.
 */
export interface ProbePolicy {
  catalogueHosts: ReadonlySet<string>
  listedHosts: ReadonlySet<string>
}

/** `host:port` as `URL.host` writes it (no port for https's 443), lower case. */
const hostOf = (value: string) => new URL(value).host.toLowerCase()

export function probePolicy(
  catalogue: readonly Environment[],
  allowedHosts: readonly string[],
): ProbePolicy {
  return {
    catalogueHosts: new Set(
      catalogue.flatMap((environment) => [
        hostOf(environment.url),
        ...(environment.issuer ? [hostOf(environment.issuer)] : []),
      ]),
    ),
    listedHosts: new Set(
      allowedHosts.map((entry) => entry.trim().toLowerCase().replace(/:443$/, '')).filter(Boolean),
    ),
  }
}

export type HostVerdict = 'catalogue' | 'listed' | 'refused'

/** Whether `url` may be probed at all, and on what grounds. */
export function hostVerdict(url: URL, policy: ProbePolicy): HostVerdict {
  if (url.protocol !== 'https:' || url.username || url.password) return 'refused'
  const host = url.host.toLowerCase()
  if (policy.listedHosts.has(host)) return 'listed'
  if (policy.catalogueHosts.has(host)) return 'catalogue'
  return 'refused'
}
