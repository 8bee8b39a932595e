import { describe, expect, it } from 'vitest'
import { etagOf, ifMatchAccepts } from './etag'

describe('If-Match', () => {
  it('accepts the current tag, in a list or alone, and *', () => {
    expect(ifMatchAccepts(etagOf(3), '"r3"')).toBe(true)
    expect(ifMatchAccepts('"r1", "r3"', '"r3"')).toBe(true)
    expect(ifMatchAccepts(' * ', '"r3"')).toBe(true)
  })

  it('refuses another tag, and any weak one (strong comparison)', () => {
    expect(ifMatchAccepts('"r2"', '"r3"')).toBe(false)
    expect(ifMatchAccepts('W/"r3"', '"r3"')).toBe(false)
    expect(ifMatchAccepts('r3', '"r3"')).toBe(false)
  })
})
