/** The FranceConnect environments the procedure names, with its exact URLs. */
export const ENVIRONMENT_PRESETS = [
  {
    id: 'production',
    label: 'Production',
    url: 'https://app.franceconnect.gouv.fr',
    description: 'Pour le portail ouvert aux usagers.',
  },
  {
    id: 'integration',
    label: 'Intégration',
    url: 'https://fcp-low.integ01.dev-franceconnect.fr',
    description: 'Pour un environnement de recette, avec une clé délivrée pour l’intégration.',
  },
] as const

export type EnvironmentPreset = (typeof ENVIRONMENT_PRESETS)[number]
export type EnvironmentChoice = EnvironmentPreset['id'] | 'other' | ''

/** Compares URLs the way the schema stores them (trimmed, no trailing slash). */
export function normalizeEnvironmentUrl(url: string): string {
  return url.trim().replace(/\/+$/, '')
}

export function environmentChoiceFor(url: string): EnvironmentChoice {
  const normalized = normalizeEnvironmentUrl(url)
  if (normalized === '') return ''
  return ENVIRONMENT_PRESETS.find((preset) => preset.url === normalized)?.id ?? 'other'
}

export function presetUrl(choice: EnvironmentChoice): string | undefined {
  return ENVIRONMENT_PRESETS.find((preset) => preset.id === choice)?.url
}
