import type { TenantRecord } from './demo-tenants'
import { changesOf, type HistoryEntry, type HistoryValues } from './history'
import {
  EMPTY_ONBOARDING_INPUT,
  NO_STATES_SINCE,
  onboardingChanges,
  restampStates,
  type OnboardingInput,
  type StatesSince,
} from './onboarding'
import {
  DEFAULT_BUTTON_VARIANT,
  DEFAULT_CONNECTION_TEXT,
  type FranceConnectSettings,
} from './settings'

/** A journal entry of the demo, before the store gives it an id. */
export type DemoEntry = Omit<HistoryEntry, 'id'>

const NEVER_CONFIGURED: HistoryValues = {
  enabled: false,
  buttonVariant: DEFAULT_BUTTON_VARIANT,
  connectionText: DEFAULT_CONNECTION_TEXT,
  clientId: '',
  environmentUrl: '',
  previewBackground: null,
}

const valuesOf = (settings: FranceConnectSettings): HistoryValues => ({
  enabled: settings.enabled,
  buttonVariant: settings.buttonVariant,
  connectionText: settings.connectionText,
  clientId: settings.clientId,
  environmentUrl: settings.environmentUrl,
  previewBackground: settings.previewBackground ?? null,
})

const DAY_MS = 24 * 60 * 60 * 1000
const colleagueOf = (name: string) => (name === 'Alex Dupont' ? 'Camille Martin' : 'Alex Dupont')

/**
 * The journal a demo tenant's settings tell (newest first), so that its history agrees with its
 * « Dernière modification »: a tenant switched on had its key saved two weeks earlier by a
 * colleague, then was switched on by the person named; another one was saved once. A tenant
 * never changed has no journal.
 */
export function demoSettingsJournal(record: TenantRecord): DemoEntry[] {
  const { settings, revision } = record
  if (settings.updatedAt === null) return []
  const author = settings.updatedBy ?? 'Administrateur'
  const current = valuesOf(settings)
  const secret = settings.clientSecretConfigured ? ('set' as const) : null
  const entry = (
    at: string,
    name: string,
    entryRevision: number,
    before: HistoryValues,
    after: HistoryValues,
    secretChange: typeof secret,
  ): DemoEntry => ({
    at,
    actor: { name, subject: null },
    kind: 'settings-saved',
    revision: entryRevision,
    changes: changesOf(before, after, secretChange),
    values: after,
  })
  if (!settings.enabled || revision < 2) {
    return [entry(settings.updatedAt, author, revision, NEVER_CONFIGURED, current, secret)]
  }
  const keySaved = { ...current, enabled: false }
  const keyAt = new Date(new Date(settings.updatedAt).getTime() - 14 * DAY_MS).toISOString()
  return [
    entry(settings.updatedAt, author, revision, keySaved, current, null),
    entry(keyAt, colleagueOf(author), revision - 1, NEVER_CONFIGURED, keySaved, secret),
  ]
}

type Patch = { [Section in keyof OnboardingInput]?: Partial<OnboardingInput[Section]> }
interface Step {
  at: string
  by: string
  patch: Patch
}

/** A demo tenant's onboarding: what was typed, when each state was set, and its journal. */
export interface DemoOnboarding {
  input: OnboardingInput
  since: StatesSince
  /** Its `onboarding-saved` entries, newest first. */
  entries: DemoEntry[]
}

function tell(steps: readonly Step[]): DemoOnboarding {
  let input = EMPTY_ONBOARDING_INPUT
  let since = NO_STATES_SINCE
  const entries: DemoEntry[] = []
  for (const { at, by, patch } of steps) {
    const next: OnboardingInput = {
      datapass: { ...input.datapass, ...patch.datapass },
      sandbox: { ...input.sandbox, ...patch.sandbox },
      production: { ...input.production, ...patch.production },
    }
    since = restampStates(input, next, since, { at, by })
    entries.unshift({
      at,
      actor: { name: by, subject: null },
      kind: 'onboarding-saved',
      revision: null,
      changes: onboardingChanges(input, next),
    })
    input = next
  }
  return { input, since, entries }
}

const MAIRIE_DATAPASS = {
  number: '61432',
  organisationName: 'Commune d’Exemple',
  siret: '21750001600019',
}

/** The seed's four tenants: each at its own step of the procedure. */
const STORIES: Record<string, readonly Step[]> = {
  // Switched on, its key saved after the dossier was accepted; its connection never tested.
  'mairie-exemple': [
    {
      at: '2026-08-03T08:40:00.000Z',
      by: 'Camille Martin',
      patch: { datapass: { ...MAIRIE_DATAPASS, state: 'submitted' } },
    },
    {
      at: '2026-08-24T13:10:00.000Z',
      by: 'Camille Martin',
      patch: {
        datapass: { state: 'validated' },
        production: {
          dossierNumber: '9876543',
          state: 'en_instruction',
          ipAddress: '203.0.113.10',
        },
      },
    },
    {
      at: '2026-09-26T07:55:00.000Z',
      by: 'Alex Dupont',
      patch: { production: { state: 'accepte' } },
    },
  ],
  // Still on the integration key: its production dossier waits for the instructor.
  'recette-exemple': [
    {
      at: '2025-01-06T10:00:00.000Z',
      by: 'Alex Dupont',
      patch: {
        datapass: {
          number: '48120',
          state: 'submitted',
          organisationName: 'Syndicat mixte de recette',
          siret: '20005478100022',
        },
      },
    },
    {
      at: '2025-01-20T15:30:00.000Z',
      by: 'Alex Dupont',
      patch: { datapass: { state: 'validated' } },
    },
    {
      at: '2026-11-16T09:00:00.000Z',
      by: 'Alex Dupont',
      patch: { production: { dossierNumber: '10234567', state: 'en_instruction' } },
    },
  ],
  // Accepted in 2019 on FranceConnect v1.
  'ancien-portail': [
    {
      at: '2019-03-11T09:00:00.000Z',
      by: 'Dominique Leroy',
      patch: {
        datapass: {
          number: '1207',
          state: 'validated',
          organisationName: 'Communauté d’agglomération de l’Ancien Portail',
          siret: '24000004100014',
        },
      },
    },
    {
      at: '2019-04-02T14:00:00.000Z',
      by: 'Dominique Leroy',
      patch: {
        production: { dossierNumber: '301122', state: 'accepte', franceConnectVersion: 'v1' },
      },
    },
  ],
}

/**
 * The towns of the overview: each at the step its settings tell (a production key: accepted; a
 * sandbox key: keys entered; the integration key: a dossier being written), the others somewhere
 * before, so that the step filter has something to show.
 */
function townStory(record: TenantRecord, index: number): readonly Step[] {
  const { settings, tenant } = record
  const by = index % 2 ? 'Camille Martin' : 'Alex Dupont'
  const datapass = {
    number: String(70000 + index),
    organisationName: `Commune de ${tenant.name.replace(/^Ville de /, '')}`,
  }
  const before = (days: number) =>
    new Date(
      new Date(settings.updatedAt ?? '2026-11-02T09:00:00.000Z').getTime() - days * DAY_MS,
    ).toISOString()
  const validated = {
    at: before(40),
    by,
    patch: { datapass: { ...datapass, state: 'validated' } },
  } as const
  const url = settings.environmentUrl
  if (/^https:\/\/(app|oidc)\.franceconnect\.gouv\.fr/.test(url)) {
    const dossier = { dossierNumber: String(2000000 + index), ipAddress: `203.0.113.${10 + index}` }
    return [
      validated,
      { at: before(30), by, patch: { production: { ...dossier, state: 'en_instruction' } } },
      { at: before(20), by, patch: { production: { state: 'accepte' } } },
    ]
  }
  if (url.includes('.sbx.'))
    return [validated, { at: before(25), by, patch: { sandbox: { state: 'keys_entered' } } }]
  if (url.includes('.integ01.'))
    return [
      validated,
      {
        at: before(10),
        by,
        patch: { production: { dossierNumber: String(3000000 + index), state: 'en_construction' } },
      },
    ]
  switch (index % 3) {
    case 1:
      return [{ at: before(3), by, patch: { datapass: { ...datapass, state: 'draft' } } }]
    case 2:
      return [
        { at: before(20), by, patch: { datapass: { ...datapass, state: 'submitted' } } },
        { at: before(index), by, patch: { datapass: { state: 'changes_requested' } } },
      ]
    default:
      return []
  }
}

/**
 * A demo tenant's onboarding (1.6) and the journal entries that typed it, or null for one that
 * never started (portaildesaides: the procedure's own example, from the start).
 */
export function demoOnboarding(record: TenantRecord, townIndex?: number): DemoOnboarding | null {
  const steps =
    STORIES[record.tenant.id] ?? (townIndex === undefined ? [] : townStory(record, townIndex))
  return steps.length === 0 ? null : tell(steps)
}

/** A demo tenant's whole journal, newest first: its settings' story and its onboarding's. */
export function demoJournal(record: TenantRecord, townIndex?: number): DemoEntry[] {
  const onboarding = demoOnboarding(record, townIndex)?.entries ?? []
  return [...demoSettingsJournal(record), ...onboarding].sort((a, b) => b.at.localeCompare(a.at))
}
