import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Alert } from '../../../components/alert'
import type { Environment } from '#contract/catalogue'
import type { HistoryPage } from '#contract/history'
import type { VersionedSettings } from '../api'
import { entryDates, entryView, moreShownText } from './history-text'
import { sameAsSaved } from './restore-values'
import { useRestoreVersion, type RestoredVersion } from './use-restore-version'
import type { AskToDisable } from '../settings-form/save-types'
import { entryHeadingId, HistoryEntry } from './history-entry'

type HistoryQuery = UseInfiniteQueryResult<InfiniteData<HistoryPage | null>>

export interface HistorySectionProps {
  /** The journal's pages read so far (`historyQueryOptions`). */
  history: HistoryQuery
  catalogue: readonly Environment[]
  /** The saved settings: the version that holds them needs no « Reprendre ». */
  saved: VersionedSettings
  askToDisable: AskToDisable
  /** A version's values are in the form: the form says so. */
  onRestored: (version: RestoredVersion) => void
}

/** The entries this tab can tell, once each (a page may repeat one after a new save). */
function shownEntries(
  data: InfiniteData<HistoryPage | null> | undefined,
  catalogue: readonly Environment[],
) {
  const seen = new Set<string>()
  return (data?.pages ?? []).flatMap((page) =>
    (page?.items ?? []).flatMap((entry) => {
      const view = seen.has(entry.id) ? null : entryView(entry, catalogue)
      seen.add(entry.id)
      return view ? [{ entry, view }] : []
    }),
  )
}

/** « Historique des modifications »: who changed what and when, newest first. */
export function HistorySection({
  history,
  catalogue,
  saved,
  askToDisable,
  onRestored,
}: HistorySectionProps) {
  const restore = useRestoreVersion({ saved, catalogue, askToDisable, onRestored })
  const [announcement, setAnnouncement] = useState('')
  const [focused, setFocused] = useState<string | null>(null)

  useEffect(() => {
    if (focused) document.getElementById(focused)?.focus()
  }, [focused])

  const shown = shownEntries(history.data, catalogue)
  const dates = entryDates(shown.map(({ entry }) => entry))
  const newestSave = shown.find(({ entry }) => entry.kind === 'settings-saved')?.entry.id

  async function showOlder() {
    if (history.isFetchingNextPage) return
    const before = shown.length
    const result = await history.fetchNextPage()
    if (result.isError) return
    const now = shownEntries(result.data, catalogue)
    const first = now[before]
    setAnnouncement(moreShownText(now.length - before, now.length, !result.hasNextPage))
    if (first) setFocused(entryHeadingId(first.entry))
  }

  return (
    <section className="fr-mt-8w fc-section" aria-labelledby="history-title">
      <h2 id="history-title" className="fr-h4">
        Historique des modifications
      </h2>
      {history.isError && !history.isFetchNextPageError && (
        <Alert type="error" small title="L’historique n’a pas pu être chargé" className="fr-mb-2w">
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w"
            onClick={() => void history.refetch()}
          >
            Réessayer
          </button>
        </Alert>
      )}
      {history.isSuccess && shown.length === 0 && (
        <p className="fr-text--sm">Aucune modification enregistrée pour l’instant.</p>
      )}
      {shown.length > 0 && (
        <ol className="fc-history">
          {shown.map(({ entry, view }) => {
            const date = dates.get(entry.id) ?? ''
            const same = entry.values !== undefined && sameAsSaved(entry.values, saved.settings)
            return (
              <HistoryEntry
                key={entry.id}
                entry={entry}
                view={view}
                date={date}
                version={same ? (entry.id === newestSave ? 'current' : 'same') : 'other'}
                onRestore={restore}
              />
            )
          })}
        </ol>
      )}
      {history.isFetchNextPageError && (
        <Alert
          type="error"
          role="alert"
          small
          title="Les modifications plus anciennes n’ont pas pu être chargées"
          className="fr-mb-2w"
        >
          <p>Réessayez avec le bouton ci-dessous.</p>
        </Alert>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="fr-btn fr-btn--secondary"
          aria-disabled={history.isFetchingNextPage || undefined}
          onClick={() => void showOlder()}
        >
          Afficher les modifications plus anciennes
        </button>
      )}
      <p aria-live="polite" className="fr-sr-only">
        {announcement}
      </p>
    </section>
  )
}
