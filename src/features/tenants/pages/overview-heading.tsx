/** The overview's title, shown at once while the rest of the page loads. */
export function OverviewHeading() {
  return (
    <>
      <h1>Vue d’ensemble des espaces</h1>
      <p className="fr-text--lead fr-mb-4w">
        L’intégration FranceConnect de chaque espace usagers que vous administrez.
      </p>
    </>
  )
}

export function OverviewLoading({ retrying = false }: { retrying?: boolean }) {
  return (
    <p role="status" className="fc-loading">
      {retrying
        ? 'Le serveur n’a pas répondu correctement : nouvelle tentative en cours…'
        : 'Chargement de la liste des espaces…'}
    </p>
  )
}
