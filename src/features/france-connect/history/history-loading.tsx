/** The history section while its first page or its code loads: the same heading, one line. */
export function HistoryLoading() {
  return (
    <section className="fr-mt-8w" aria-labelledby="history-title">
      <h2 id="history-title" className="fr-h4">
        Historique des modifications
      </h2>
      <p className="fr-text--sm">Chargement de l’historique…</p>
    </section>
  )
}
