import { describe, expect, it } from 'vitest'
import {
  EMPTY_ONBOARDING_INPUT,
  isValidSiret,
  NO_STATES_SINCE,
  onboardingChanges,
  onboardingInputSchema,
  restampStates,
} from './onboarding'

const withDatapass = (datapass: Partial<typeof EMPTY_ONBOARDING_INPUT.datapass>) => ({
  ...EMPTY_ONBOARDING_INPUT,
  datapass: { ...EMPTY_ONBOARDING_INPUT.datapass, ...datapass },
})

const issues = (body: unknown) => {
  const parsed = onboardingInputSchema.safeParse(body)
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

describe('the onboarding’s typed values', () => {
  it('checks a SIRET’s key, La Poste’s establishments apart', () => {
    expect(isValidSiret('21750001600019')).toBe(true)
    expect(isValidSiret('21750001600018')).toBe(false)
    expect(isValidSiret('35600000000048')).toBe(true)
    expect(isValidSiret('35600000012346')).toBe(true)
    expect(isValidSiret('35600000012345')).toBe(false)
    expect(isValidSiret('2175000160001')).toBe(false)
  })

  it('says in French, on the field, what is wrong', () => {
    expect(issues(withDatapass({ number: 'DP-12', siret: '21750001600018' }))).toEqual({
      'datapass.number':
        'Le numéro de la demande DataPass ne contient que des chiffres, par exemple 98765.',
      'datapass.siret':
        'Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez-le sur l’annuaire des entreprises.',
    })
    expect(issues(withDatapass({ siret: '2175' }))).toEqual({
      'datapass.siret': 'Le SIRET compte 14 chiffres (actuellement 4).',
    })
    expect(
      issues({
        ...EMPTY_ONBOARDING_INPUT,
        production: {
          ...EMPTY_ONBOARDING_INPUT.production,
          state: 'perdu',
          ipAddress: '999.1.1.1',
        },
      }),
    ).toEqual({
      'production.state': 'Choisissez un état de la liste.',
      'production.ipAddress': 'Saisissez une adresse IP, par exemple 203.0.113.10.',
    })
    expect(issues({ ...EMPTY_ONBOARDING_INPUT, extra: true })).toHaveProperty('')
  })

  it('accepts a SIRET typed with spaces, and stores it without', () => {
    const parsed = onboardingInputSchema.parse(withDatapass({ siret: '217 500 016 00019' }))
    expect(parsed.datapass.siret).toBe('21750001600019')
  })

  it('journals each changed field before → after, and re-dates only the states that changed', () => {
    const after = {
      ...withDatapass({ number: '98765', state: 'submitted' }),
      sandbox: { state: 'created' as const },
    }
    expect(onboardingChanges(EMPTY_ONBOARDING_INPUT, after)).toEqual([
      { field: 'datapass.number', before: '', after: '98765' },
      { field: 'datapass.state', before: 'not_filed', after: 'submitted' },
      { field: 'sandbox.state', before: 'not_requested', after: 'created' },
    ])
    const older = { at: '2026-01-01T00:00:00.000Z', by: 'Alex Dupont' }
    const stamp = { at: '2026-12-01T10:00:00.000Z', by: 'Camille Martin' }
    expect(
      restampStates(
        EMPTY_ONBOARDING_INPUT,
        after,
        { ...NO_STATES_SINCE, production: older },
        stamp,
      ),
    ).toEqual({ datapass: stamp, sandbox: stamp, production: older })
    expect(onboardingChanges(after, after)).toEqual([])
  })
})
