import { isIP } from 'node:net'

function ipv4Parts(address: string): number[] | null {
  const parts = address.split('.').map(Number)
  return parts.length === 4 &&
    parts.every((part) => Number.isInteger(part) && part >= 0 && part <= 255)
    ? parts
    : null
}

function privateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 || // loopback
    (a === 100 && b >= 64 && b <= 127) || // shared address space (CGNAT)
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  )
}

/**
 * Whether an IP address is not on the public Internet: loopback, private, link-local,
 * unique-local, multicast or reserved ranges (IPv4, IPv6, and IPv4 mapped into IPv6).
 */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address)
  if (version === 4) return privateIpv4(ipv4Parts(address) ?? [0])
  if (version !== 6) return true
  const lower = address.toLowerCase()
  const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1]
  if (mapped) return privateIpv4(ipv4Parts(mapped) ?? [0])
  if (lower === '::' || lower === '::1') return true
  const first = Number.parseInt(lower.split(':')[0] || '0', 16)
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 // multicast
  )
}
