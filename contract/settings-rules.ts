import { z } from './zod'
import { normalizeEnvironmentUrl } from './catalogue'
import { settingsInputSchema, type FranceConnectSettings, type SettingsInput } from './settings'

/** What the server holds about the key the secret belongs to. */
export type StoredKey = Pick<
  FranceConnectSettings,
  'clientId' | 'environmentUrl' | 'clientSecretConfigured'
>
type KeyDraft = Pick<SettingsInput, 'enabled' | 'clientId' | 'environmentUrl'>

/**
 * Whether a save must carry a new secret.
 * - `new-key`: the client ID or the environment differs from the stored one, so the
 *   stored secret (bound to the old key) no longer fits, whatever the toggle;
 * - `to-enable`: FranceConnect is being turned on and no secret is stored;
 * - `optional`: the stored secret (if any) is kept when none is given.
 * A draft without client ID has no key to bind a secret to.
 */
export function secretRequirement(
  stored: StoredKey,
  draft: KeyDraft,
): 'optional' | 'new-key' | 'to-enable' {
  const clientId = draft.clientId.trim()
  const keyChanged =
    clientId !== '' &&
    (clientId !== stored.clientId ||
      normalizeEnvironmentUrl(draft.environmentUrl) !==
        normalizeEnvironmentUrl(stored.environmentUrl))
  if (keyChanged) return 'new-key'
  if (draft.enabled && !stored.clientSecretConfigured) return 'to-enable'
  return 'optional'
}

export const secretRequiredMessages = {
  'new-key':
    'Saisissez le secret client de cette clé : l’identifiant client ou l’environnement a changé, le secret enregistré ne correspond plus.',
  'to-enable': 'Saisissez le secret client : il est obligatoire pour activer FranceConnect.',
} as const

/**
 * The `PUT` body schema plus the rules that depend on what is stored: the one
 * validation used by the form, before sending, and by the mock API.
 */
export function settingsInputRules(stored: StoredKey) {
  return settingsInputSchema.check(
    z.superRefine((input, ctx) => {
      if (input.enabled && input.clientId === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['clientId'],
          message:
            'Saisissez l’identifiant client : il est obligatoire pour activer FranceConnect.',
          input: input.clientId,
        })
      }
      if (input.enabled && input.environmentUrl === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['environmentUrl'],
          message: 'Choisissez l’environnement FranceConnect : il est obligatoire pour l’activer.',
          input: input.environmentUrl,
        })
      }
      const requirement = secretRequirement(stored, input)
      if (input.clientSecret === null && input.enabled) {
        ctx.addIssue({
          code: 'custom',
          path: ['clientSecret'],
          message:
            'Le secret client ne peut pas être effacé tant que FranceConnect est activé : désactivez-le d’abord.',
          input: input.clientSecret,
        })
      } else if (requirement !== 'optional' && typeof input.clientSecret !== 'string') {
        ctx.addIssue({
          code: 'custom',
          path: ['clientSecret'],
          message: secretRequiredMessages[requirement],
          input: input.clientSecret,
        })
      }
    }),
  )
}
