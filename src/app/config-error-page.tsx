/** Shown when `config.json` is missing or wrong: nothing else can work without it. */
export function ConfigErrorPage({ message }: { message: string }) {
  return (
    <main id="contenu" role="main" className="fr-container fr-py-8w">
      <h1>Configuration invalide</h1>
      <div className="fr-alert fr-alert--error" role="alert">
        <p className="fr-alert__title">L’application ne peut pas démarrer.</p>
        <p>{message}</p>
        <p>
          Vérifiez le fichier config.json déployé avec l’application (champs apiBaseUrl, mockApi et
          defaultTenant).
        </p>
      </div>
    </main>
  )
}
