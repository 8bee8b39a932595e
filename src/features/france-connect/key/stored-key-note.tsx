import { findEnvironment, type Environment } from '#contract/catalogue'
import type { StoredKey } from '#contract/settings-rules'

function environmentName(url: string, catalogue: readonly Environment[]): string {
  const environment = findEnvironment(catalogue, url)
  return environment ? `${environment.label} (${environment.url})` : url
}

/** Says plainly which environment the stored key belongs to: FranceConnect's own errors won't. */
export function StoredKeyNote({
  stored,
  catalogue,
}: {
  stored: StoredKey
  catalogue: readonly Environment[]
}) {
  let text: string
  if (stored.clientId === '') text = 'Aucune clé n’est enregistrée pour cet espace.'
  else if (stored.environmentUrl === '')
    text =
      'La clé enregistrée n’est rattachée à aucun environnement : choisissez celui qui l’a délivrée.'
  else
    text = `La clé enregistrée appartient à l’environnement ${environmentName(stored.environmentUrl, catalogue)}. Elle ne fonctionne nulle part ailleurs : FranceConnect répondrait seulement « invalid_client ».`
  return (
    <div className="fr-highlight fr-mb-4w">
      <p className="fr-text--sm">{text}</p>
    </div>
  )
}
