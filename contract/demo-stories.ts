import type { TenantRecord } from './demo-tenants'
import { changesOf, type HistoryEntry, type HistoryValues } from './history'
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
