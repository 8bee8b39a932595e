import { describe, expect, it } from 'vitest'
import { formatDateTime, formatShortDateTime } from './dates'

describe('dates in Paris time', () => {
  it('are written as French readers expect them', () => {
    expect(formatDateTime('2026-10-14T09:30:00Z')).toBe('14 octobre 2026 à 11:30')
    expect(formatDateTime('2026-10-14T09:30:05Z', { seconds: true })).toBe(
      '14 octobre 2026 à 11:30:05',
    )
    expect(formatShortDateTime('2026-10-14T09:30:00Z')).toBe('14 oct. 2026, 11:30')
    expect(formatDateTime('2026-10-01T08:05:00+02:00')).toBe('1 octobre 2026 à 08:05')
  })

  it('follow Paris’s changes of time, on the last Sundays of March and October', () => {
    expect(formatDateTime('2026-03-29T00:59:00Z')).toBe('29 mars 2026 à 01:59')
    expect(formatDateTime('2026-03-29T01:00:00Z')).toBe('29 mars 2026 à 03:00')
    expect(formatDateTime('2026-10-25T00:59:00Z')).toBe('25 octobre 2026 à 02:59')
    expect(formatDateTime('2026-10-25T01:00:00Z')).toBe('25 octobre 2026 à 02:00')
    expect(formatShortDateTime('2026-12-31T23:30:00Z')).toBe('1 janv. 2027, 00:30')
  })
})
