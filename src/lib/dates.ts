// Dates as French readers expect them, in Paris time (Intl's time-zone data).

const FORMATS = {
  long: { dateStyle: 'long', timeStyle: 'short' },
  longWithSeconds: { dateStyle: 'long', timeStyle: 'medium' },
  short: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

const made = new Map<keyof typeof FORMATS, Intl.DateTimeFormat>()

/** One formatter per style, made at its first use. */
function formatter(style: keyof typeof FORMATS): Intl.DateTimeFormat {
  let format = made.get(style)
  if (!format) {
    format = new Intl.DateTimeFormat('fr-FR', { ...FORMATS[style], timeZone: 'Europe/Paris' })
    made.set(style, format)
  }
  return format
}

/** « 14 octobre 2026 à 11:30 » (« à 11:30:05 » with `seconds`), in Paris time. */
export function formatDateTime(iso: string, { seconds = false } = {}): string {
  return formatter(seconds ? 'longWithSeconds' : 'long').format(new Date(iso))
}

/** « 14 oct. 2026, 11:30 », in Paris time: short enough for a table cell. */
export function formatShortDateTime(iso: string): string {
  return formatter('short').format(new Date(iso))
}
