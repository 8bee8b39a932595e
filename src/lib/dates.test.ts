import { describe, expect, it } from 'vitest'
import { formatDateTime, formatShortDateTime } from './dates'

const intl = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})
const intlSeconds = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
})
const intlShort = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

describe('dates in Paris time', () => {
  it('say what Intl says, hour after hour and at every time change from 2020 to 2035', () => {
    const differences: string[] = []
    const start = Date.UTC(2020, 0, 1)
    const end = Date.UTC(2035, 0, 1)
    // Every hour and a quarter: each minute of the hour is reached, and every time change.
    for (let time = start; time < end; time += 75 * 60_000 + 7_000) {
      const iso = new Date(time).toISOString()
      if (formatDateTime(iso) !== intl.format(time)) differences.push(iso)
      if (formatDateTime(iso, { seconds: true }) !== intlSeconds.format(time)) {
        differences.push(`${iso} (secondes)`)
      }
      if (formatShortDateTime(iso) !== intlShort.format(time)) differences.push(`${iso} (court)`)
    }
    expect(differences).toEqual([])
  })

  it('changes time at 01:00 UTC on the last Sundays of March and October', () => {
    expect(formatDateTime('2026-03-29T00:59:00Z')).toBe('29 mars 2026 à 01:59')
    expect(formatDateTime('2026-03-29T01:00:00Z')).toBe('29 mars 2026 à 03:00')
    expect(formatDateTime('2026-10-25T00:59:00Z')).toBe('25 octobre 2026 à 02:59')
    expect(formatDateTime('2026-10-25T01:00:00Z')).toBe('25 octobre 2026 à 02:00')
    expect(formatDateTime('2026-10-01T08:05:00+02:00')).toBe('1 octobre 2026 à 08:05')
    expect(formatShortDateTime('2026-03-29T01:00:00Z')).toBe('29 mars 2026, 03:00')
    expect(formatShortDateTime('2026-10-25T00:59:00Z')).toBe('25 oct. 2026, 02:59')
  })
})
