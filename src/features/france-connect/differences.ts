import { findEnvironment, type Environment } from '#contract/catalogue'
import type { FranceConnectSettings, SettingsInput } from '#contract/settings'

export interface Difference {
  label: string
  mine: string
  theirs: string
}

function environmentText(url: string, catalogue: readonly Environment[]): string {
  if (url === '') return 'aucun'
  const environment = findEnvironment(catalogue, url)
  return environment ? `${environment.label} (${url})` : url
}

const quoted = (text: string) => (text === '' ? 'vide' : `« ${text} »`)
const onOff = (enabled: boolean) => (enabled ? 'activé' : 'désactivé')

/** What differs between what the user is saving and what someone else saved meanwhile. */
export function differences(
  mine: SettingsInput,
  theirs: FranceConnectSettings,
  catalogue: readonly Environment[],
): Difference[] {
  const rows: (Difference | false)[] = [
    mine.enabled !== theirs.enabled && {
      label: 'Activer FranceConnect',
      mine: onOff(mine.enabled),
      theirs: onOff(theirs.enabled),
    },
    mine.buttonVariant !== theirs.buttonVariant && {
      label: 'Bouton de connexion',
      mine: mine.buttonVariant,
      theirs: theirs.buttonVariant,
    },
    mine.connectionText !== theirs.connectionText && {
      label: 'Texte de connexion',
      mine: quoted(mine.connectionText),
      theirs: quoted(theirs.connectionText),
    },
    mine.clientId !== theirs.clientId && {
      label: 'Identifiant client (Client ID)',
      mine: quoted(mine.clientId),
      theirs: quoted(theirs.clientId),
    },
    mine.environmentUrl !== theirs.environmentUrl && {
      label: 'Environnement FranceConnect',
      mine: environmentText(mine.environmentUrl, catalogue),
      theirs: environmentText(theirs.environmentUrl, catalogue),
    },
    mine.previewBackground !== theirs.previewBackground && {
      label: 'Couleur de fond du portail',
      mine: mine.previewBackground ?? 'aucune',
      theirs: theirs.previewBackground ?? 'aucune',
    },
    // Secrets are never shown: only whether one is being replaced.
    typeof mine.clientSecret === 'string' && {
      label: 'Secret client (Client secret)',
      mine: 'nouveau secret saisi (non affiché)',
      theirs: theirs.clientSecretConfigured
        ? 'un secret est enregistré'
        : 'aucun secret enregistré',
    },
  ]
  return rows.filter((row): row is Difference => Boolean(row))
}
