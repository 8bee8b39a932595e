/** A version of a tenant's settings as an HTTP entity tag. */
export const etagOf = (revision: number) => `"r${revision}"`

/**
 * RFC 9110 If-Match: `*`, or a list of entity tags compared strongly (a weak tag never
 * matches). The contract's clients send the one tag they read.
 */
export function ifMatchAccepts(header: string, current: string): boolean {
  const value = header.trim()
  if (value === '*') return true
  return value
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => !tag.startsWith('W/') && tag === current)
}
