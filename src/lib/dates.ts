const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

/** « 14 octobre 2026 à 11:30 », in Paris time. */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso))
