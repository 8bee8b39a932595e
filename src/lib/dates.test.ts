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
  it('say what Intl says, on every day and around every time change from 2020 to 2035', () => {
    const instants: number[] = []
    const day = 24 * 3_600_000
    // One instant a day, its hour, minute and second turning from day to day, so that every
    // hour (Paris's midnight and the turn of each month and year included) is reached.
    for (let index = 0, time = Date.UTC(2020, 0, 1); time < Date.UTC(2035, 0, 1); index++) {
      const hours = (index * 7) % 24
      const minutes = (index * 13) % 60
      const seconds = (index * 17) % 60
      instants.push(time + hours * 3_600_000 + minutes * 60_000 + seconds * 1_000)
      time += day
    }
    // Around each change of time: the last Sundays of March and October, 01:00 UTC.
    for (let year = 2020; year < 2035; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0))
        const change = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
        for (const minutes of [-61, -60, -1, 0, 1, 59, 60]) instants.push(change + minutes * 60_000)
      }
    }
    const differences: string[] = []
    for (const time of instants) {
      const iso = new Date(time).toISOString()
      if (formatDateTime(iso) !== intl.format(time)) differences.push(iso)
      if (formatDateTime(iso, { seconds: true }) !== intlSeconds.format(time)) {
        differences.push(`${iso} (secondes)`)
      }
      if (formatShortDateTime(iso) !== intlShort.format(time)) differences.push(`${iso} (court)`)
    }
    expect(instants.length).toBeGreaterThan(5_000)
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
