import { describe, expect, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS } from './catalogue'
import type { HistoryEntry } from './history'
import {
  EMPTY_ONBOARDING_INPUT,
  NO_STATES_SINCE,
  onboardingOf,
  type Onboarding,
} from './onboarding'
import {
  keyKindOf,
  onboardingMilestones,
  onboardingProgress,
  onboardingSummary,
  onboardingWarnings,
  progressLabel,
  waitingTooLong,
  type KeySettings,
} from './onboarding-steps'

const NONE = { keySaved: null, connectionVerified: null, enabled: null }
const since = (at: string) => ({ at, by: 'Alex Dupont' })

function onboarding(
  patch: { [K in 'datapass' | 'sandbox' | 'production']?: Record<string, string> } = {},
  milestones: Onboarding['milestones'] = NONE,
  stamps = NO_STATES_SINCE,
): Onboarding {
  return onboardingOf({
    input: {
      datapass: { ...EMPTY_ONBOARDING_INPUT.datapass, ...patch.datapass },
      sandbox: { ...EMPTY_ONBOARDING_INPUT.sandbox, ...patch.sandbox },
      production: { ...EMPTY_ONBOARDING_INPUT.production, ...patch.production },
    },
    since: stamps,
    milestones,
    wording: { editorName: 'MGDIS', solutionName: 'Aiden' },
    updatedAt: null,
    updatedBy: null,
  })
}

const production: KeySettings = {
  enabled: true,
  clientId: 'a'.repeat(64),
  clientSecretConfigured: true,
  environmentUrl: 'https://app.franceconnect.gouv.fr',
  updatedAt: '2026-10-14T09:30:00.000Z',
  updatedBy: 'Camille Martin',
}

const entry = (at: string, patch: Partial<HistoryEntry>): HistoryEntry => ({
  id: at,
  at,
  actor: { name: 'Camille Martin', subject: null },
  kind: 'settings-saved',
  revision: 1,
  changes: [],
  ...patch,
})

describe('where the procedure stands', () => {
  it('starts at the habilitation, passes the optional sandbox, and ends when FranceConnect is on', () => {
    expect(progressLabel(onboardingProgress(onboarding()))).toBe(
      'étape 1 sur 6 – Habilitation DataPass (à déposer)',
    )
    const validated = onboardingProgress(onboarding({ datapass: { state: 'validated' } }))
    expect(validated).toMatchObject({ step: 3, stepId: 'production', state: 'à déposer' })
    expect(validated.statuses.sandbox).toBe('skipped')
    expect(
      onboardingProgress(
        onboarding({ datapass: { state: 'validated' }, sandbox: { state: 'created' } }),
      ),
    ).toMatchObject({ step: 2, state: 'créé' })
    const all = {
      keySaved: since('2026-10-01T00:00:00.000Z'),
      connectionVerified: since('2026-10-02T00:00:00.000Z'),
      enabled: since('2026-10-03T00:00:00.000Z'),
    }
    const done = onboardingProgress(
      onboarding({ datapass: { state: 'validated' }, production: { state: 'accepte' } }, all),
    )
    expect(done).toMatchObject({ step: 6, complete: true, state: 'terminée' })
  })

  it('derives the key, the verified connection and the switch-on from the settings and journal', () => {
    const journal = [
      entry('2026-10-14T09:30:00.000Z', {
        changes: [{ field: 'enabled', before: false, after: true }],
      }),
      entry('2026-10-05T09:30:00.000Z', {
        kind: 'connection-tested',
        revision: null,
        connectionTest: { id: 't', outcome: 'passed', failedChecks: [] },
      }),
      entry('2026-10-01T09:30:00.000Z', {
        actor: { name: 'Alex Dupont', subject: null },
        changes: [{ field: 'clientId', before: '', after: 'a'.repeat(64) }],
      }),
    ]
    expect(onboardingMilestones(production, journal, BUILT_IN_ENVIRONMENTS)).toEqual({
      keySaved: { at: '2026-10-01T09:30:00.000Z', by: 'Alex Dupont' },
      connectionVerified: { at: '2026-10-05T09:30:00.000Z', by: 'Camille Martin' },
      enabled: { at: '2026-10-14T09:30:00.000Z', by: 'Camille Martin' },
    })
    // A test that failed last, or one made before the key: not verified.
    const failed = [
      entry('2026-10-06T09:30:00.000Z', {
        kind: 'connection-tested',
        connectionTest: { id: 'u', outcome: 'failed', failedChecks: ['secret'] },
      }),
      ...journal.slice(1),
    ]
    expect(onboardingMilestones(production, failed, BUILT_IN_ENVIRONMENTS).connectionVerified).toBe(
      null,
    )
    // A key on a test environment reaches no milestone.
    const sandbox = {
      ...production,
      environmentUrl: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
    }
    expect(onboardingMilestones(sandbox, journal, BUILT_IN_ENVIRONMENTS)).toEqual(NONE)
    expect(keyKindOf(sandbox, BUILT_IN_ENVIRONMENTS)).toBe('test')
    expect(
      keyKindOf({ ...production, environmentUrl: 'https://oidc.franceconnect.gouv.fr/api/v2' }, []),
    ).toBe('production')
  })

  it('warns where the steps disagree', () => {
    const key = { ...NONE, keySaved: since('2026-10-01T00:00:00.000Z') }
    expect(
      onboardingWarnings(
        onboarding({ production: { state: 'en_instruction' } }, key),
        'production',
      ),
    ).toEqual(['key-before-acceptance', 'dossier-without-habilitation'])
    expect(
      onboardingWarnings(
        onboarding({ datapass: { state: 'validated' }, production: { state: 'accepte' } }),
        'test',
      ),
    ).toEqual(['test-key-after-acceptance'])
    expect(onboardingWarnings(onboarding(), 'none')).toEqual([])
  })

  it('flags a request waiting longer than the days allowed, in « soumise » or « en instruction »', () => {
    const now = new Date('2026-12-07T12:00:00.000Z')
    const submitted = onboarding({ datapass: { state: 'submitted' } }, NONE, {
      ...NO_STATES_SINCE,
      datapass: since('2026-11-20T12:00:00.000Z'),
    })
    expect(waitingTooLong(submitted, now, 10)).toBe(true)
    expect(waitingTooLong(submitted, now, 17)).toBe(false)
    expect(onboardingSummary(submitted, now, 10)).toEqual({
      step: 1,
      stepId: 'datapass',
      state: 'soumise',
      since: '2026-11-20T12:00:00.000Z',
      waiting: true,
    })
    const draft = onboarding({ datapass: { state: 'draft' } }, NONE, {
      ...NO_STATES_SINCE,
      datapass: since('2026-01-01T12:00:00.000Z'),
    })
    expect(waitingTooLong(draft, now, 10)).toBe(false)
  })
})
