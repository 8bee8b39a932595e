import { OTHER_ENVIRONMENT, type EnvironmentChoice } from '../key/environments'
import type { SettingsFieldName } from './form-values'

const fieldNames: readonly SettingsFieldName[] = [
  'enabled',
  'previewBackground',
  'buttonVariant',
  'lightVariantConfirmed',
  'connectionText',
  'clientId',
  'clientSecret',
  'environmentUrl',
]

export function isSettingsField(name: string): name is SettingsFieldName {
  return (fieldNames as readonly string[]).includes(name)
}

/** The fields in page order, so that summaries and focus follow what the user sees. */
export function inPageOrder<T extends { field: SettingsFieldName }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => fieldNames.indexOf(a.field) - fieldNames.indexOf(b.field))
}

/** The chosen radio of the environment group, else the group (whose first radio gets focus). */
const environmentRadioId = (choice: EnvironmentChoice) =>
  choice ? `fieldset-environmentChoice-${choice}` : 'fieldset-environmentChoice'

/** Where a field lives on the page: the name the user knows it by and the control to focus. */
export function fieldTarget(
  field: SettingsFieldName,
  environmentChoice: EnvironmentChoice,
): { label: string; elementId: string } {
  switch (field) {
    case 'enabled':
      return { label: 'Activer FranceConnect', elementId: 'toggle-enabled' }
    case 'previewBackground':
      return { label: 'Couleur de fond du portail', elementId: 'field-previewBackground' }
    case 'lightVariantConfirmed':
      return { label: 'Confirmation de FCboutons-11', elementId: 'field-lightVariantConfirmed' }
    case 'buttonVariant':
      return { label: 'Bouton de connexion', elementId: 'fieldset-buttonVariant-FCboutons-10' }
    case 'connectionText':
      return { label: 'Texte de connexion', elementId: 'field-connectionText' }
    case 'clientId':
      return { label: 'Identifiant client (Client ID)', elementId: 'field-clientId' }
    case 'clientSecret':
      return { label: 'Secret client (Client secret)', elementId: 'field-clientSecret' }
    case 'environmentUrl':
      return environmentChoice === OTHER_ENVIRONMENT
        ? { label: 'URL du service FranceConnect', elementId: 'field-environmentUrl' }
        : { label: 'Environnement FranceConnect', elementId: environmentRadioId(environmentChoice) }
  }
}
