import type { HistoryEntry as Entry, HistoryValues } from '#contract/history'
import type { ChangeLine, EntryView } from './history-text'

/** The entry's heading, which takes focus when older entries are shown. */
export const entryHeadingId = (entry: Pick<Entry, 'id'>) => `history-entry-${entry.id}`

function Change({ line }: { line: ChangeLine }) {
  if (line.label === undefined) return <li>{line.text}</li>
  // Read as « Texte de connexion : avant : « A » ; après : « B » »; seen with an arrow.
  return (
    <li>
      <strong>{line.label}</strong> : <span className="fr-sr-only">avant : </span>
      {line.before} <span aria-hidden="true">→</span>
      <span className="fr-sr-only"> ; après :</span> {line.after}
    </li>
  )
}

interface HistoryEntryProps {
  entry: Entry
  view: EntryView
  date: string
  /** `current`: the saved settings are this version's; `same`: an older one with equal values. */
  version: 'current' | 'same' | 'other'
  onRestore: (values: HistoryValues, date: string) => void
}

export function HistoryEntry({ entry, view, date, version, onRestore }: HistoryEntryProps) {
  const { values } = entry
  return (
    <li>
      <h3 id={entryHeadingId(entry)} tabIndex={-1} className="fr-h6 fr-mb-1v">
        {view.title} le <time dateTime={entry.at}>{date}</time>
      </h3>
      <p className="fr-text--sm fr-mb-1v">par {entry.actor.name}</p>
      {view.kind !== 'connection-tested' &&
        (view.lines.length > 0 ? (
          <ul className="fr-text--sm fr-mb-1v fc-history-changes">
            {view.lines.map((line, index) => (
              <Change key={index} line={line} />
            ))}
          </ul>
        ) : (
          <p className="fr-text--sm fr-mb-1v">Aucun réglage modifié.</p>
        ))}
      {view.kind === 'connection-tested' && (
        <p className="fr-text--sm fr-mb-1v">
          Test de connexion :{' '}
          <span
            className={`fr-badge fr-badge--sm ${view.passed ? 'fr-badge--success' : 'fr-badge--error'}`}
          >
            {view.passed ? 'réussi' : 'échoué'}
          </span>
          {view.failedChecks.length > 0 && (
            <>
              <br />
              Contrôles non réussis : {view.failedChecks.join(', ')}.
            </>
          )}
        </p>
      )}
      {view.kind === 'settings-saved' && values && version !== 'other' && (
        <p className="fr-badge fr-badge--sm fr-mt-1v">
          {version === 'current' ? 'Version actuelle' : 'Identique à la version actuelle'}
        </p>
      )}
      {view.kind === 'settings-saved' && values && version === 'other' && (
        <button
          type="button"
          className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1v"
          onClick={() => onRestore(values, date)}
        >
          Reprendre ces valeurs <span className="fr-sr-only">du {date}</span>
        </button>
      )}
    </li>
  )
}
