import { findEnvironment, type Environment } from '#contract/catalogue'
import type { FranceConnectSettings, SettingsInput } from '#contract/settings'

/** The settings' names, as the form labels them. */
export const SETTING_LABELS = {
  enabled: 'Activer FranceConnect',
  buttonVariant: 'Bouton de connexion',
  connectionText: 'Texte de connexion',
  clientId: 'Identifiant client (Client ID)',
  environmentUrl: 'Environnement FranceConnect',
  previewBackground: 'Couleur de fond du portail',
  clientSecret: 'Secret client (Client secret)',
} as const

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

export const quoted = (text: string) => (text === '' ? 'vide' : `« ${text} »`)
const onOff = (enabled: boolean) => (enabled ? 'activé' : 'désactivé')

/** What differs between what the user is saving and what someone else saved meanwhile. */
export function differences(
  mine: SettingsInput,
  theirs: FranceConnectSettings,
  catalogue: readonly Environment[],
): Difference[] {
  const rows: (Difference | false)[] = [
    mine.enabled !== theirs.enabled && {
      label: SETTING_LABELS.enabled,
      mine: onOff(mine.enabled),
      theirs: onOff(theirs.enabled),
    },
    mine.buttonVariant !== theirs.buttonVariant && {
      label: SETTING_LABELS.buttonVariant,
      mine: mine.buttonVariant,
      theirs: theirs.buttonVariant,
    },
    mine.connectionText !== theirs.connectionText && {
      label: SETTING_LABELS.connectionText,
      mine: quoted(mine.connectionText),
      theirs: quoted(theirs.connectionText),
    },
    mine.clientId !== theirs.clientId && {
      label: SETTING_LABELS.clientId,
      mine: quoted(mine.clientId),
      theirs: quoted(theirs.clientId),
    },
    mine.environmentUrl !== theirs.environmentUrl && {
      label: SETTING_LABELS.environmentUrl,
      mine: environmentText(mine.environmentUrl, catalogue),
      theirs: environmentText(theirs.environmentUrl, catalogue),
    },
    mine.previewBackground !== theirs.previewBackground && {
      label: SETTING_LABELS.previewBackground,
      mine: mine.previewBackground ?? 'aucune',
      theirs: theirs.previewBackground ?? 'aucune',
    },
    // Secrets are never shown: only whether one is being replaced.
    typeof mine.clientSecret === 'string' && {
      label: SETTING_LABELS.clientSecret,
      mine: 'nouveau secret saisi (non affiché)',
      theirs: theirs.clientSecretConfigured
        ? 'un secret est enregistré'
        : 'aucun secret enregistré',
    },
  ]
  return rows.filter((row): row is Difference => Boolean(row))
}
