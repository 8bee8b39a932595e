import { findEnvironment, type Environment } from '#contract/catalogue'

/** The environment radio: a catalogue entry's id, "other" (a typed URL), or nothing yet. */
export type EnvironmentChoice = string

export const OTHER_ENVIRONMENT = 'other'

export function environmentChoiceFor(
  url: string,
  catalogue: readonly Environment[],
): EnvironmentChoice {
  if (url.trim() === '') return ''
  return findEnvironment(catalogue, url)?.id ?? OTHER_ENVIRONMENT
}

export function urlForChoice(
  choice: EnvironmentChoice,
  catalogue: readonly Environment[],
): string | undefined {
  return catalogue.find((environment) => environment.id === choice)?.url
}

/** What the radio group offers: everything but retired hosts, unless this tenant still uses one. */
export function offeredEnvironments(
  catalogue: readonly Environment[],
  storedUrl: string,
): Environment[] {
  const inUse = findEnvironment(catalogue, storedUrl)
  return catalogue.filter(
    (environment) => environment.status !== 'retired' || environment === inUse,
  )
}
