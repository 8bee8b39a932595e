// Dates as French readers expect them, in Paris time, without the Intl API: a first
// Intl.DateTimeFormat for a time zone costs tens of milliseconds of a phone's main thread (its
// time-zone and locale data), paid for a single line at the top of the tab. A test checks
// that both say the same on every day and around every time change from 2020 to 2035.

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** As French abbreviates them (what Intl's `dateStyle: 'medium'` writes). */
const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
]

const HOUR = 3_600_000

/** 01:00 UTC on the last Sunday of a month: when Paris changes time (EU rule, since 1996). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

/** Paris's offset from UTC, in hours, at that instant: 2 in summer time, 1 otherwise. */
function parisOffsetHours(time: number): number {
  const year = new Date(time).getUTCFullYear()
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9)
  return summer ? 2 : 1
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** That instant on a clock of Paris: read with the getUTC… methods. */
function parisClock(iso: string): Date {
  const time = new Date(iso).getTime()
  return new Date(time + parisOffsetHours(time) * HOUR)
}

const hoursMinutes = (paris: Date) =>
  `${twoDigits(paris.getUTCHours())}:${twoDigits(paris.getUTCMinutes())}`

/** « 14 octobre 2026 à 11:30 » (« à 11:30:05 » with `seconds`), in Paris time. */
export function formatDateTime(iso: string, { seconds = false } = {}): string {
  const paris = parisClock(iso)
  const date = `${paris.getUTCDate()} ${MONTHS[paris.getUTCMonth()]} ${paris.getUTCFullYear()}`
  return `${date} à ${hoursMinutes(paris)}${seconds ? `:${twoDigits(paris.getUTCSeconds())}` : ''}`
}

/** « 14 oct. 2026, 11:30 », in Paris time: short enough for a table cell. */
export function formatShortDateTime(iso: string): string {
  const paris = parisClock(iso)
  const month = SHORT_MONTHS[paris.getUTCMonth()]
  return `${paris.getUTCDate()} ${month} ${paris.getUTCFullYear()}, ${hoursMinutes(paris)}`
}
