/**
 * Stands in for `tldts` in the browser build of the mock API. MSW's cookie jar
 * (tough-cookie) only asks it for a host's registrable domain; the mock API sets no
 * cookies, and the real list of public suffixes weighs 256 KB of JavaScript.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':')) return host || null
  const labels = host.split('.')
  return labels.length <= 2 ? host : labels.slice(-2).join('.')
}
