import type { FranceConnectSettings } from '#contract/settings'
import { formatDateTime } from '../../../lib/dates'

/** « Dernière modification le 14 octobre 2026 à 11:30 par Camille Martin » */
export function LastUpdate({ settings }: { settings: FranceConnectSettings }) {
  const { updatedAt, updatedBy } = settings
  if (!updatedAt) {
    return <p className="fr-text--sm fc-last-update">Jamais enregistrés pour cet espace.</p>
  }
  return (
    <p className="fr-text--sm fc-last-update">
      Dernière modification le <time dateTime={updatedAt}>{formatDateTime(updatedAt)}</time>
      {updatedBy && <> par {updatedBy}</>}
    </p>
  )
}
