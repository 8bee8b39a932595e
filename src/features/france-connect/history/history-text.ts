import { findEnvironment, type Environment } from '#contract/catalogue'
import { formatDateTime } from '../../../lib/dates'
import { CHECK_TITLES } from '#contract/connection-texts'
import type { HistoryEntry, SecretChange } from '#contract/history'
import {
  DATAPASS_STATE_LABELS,
  DOSSIER_STATE_LABELS,
  ONBOARDING_FIELDS,
  SANDBOX_STATE_LABELS,
} from '#contract/onboarding'
import { quoted, SETTING_LABELS } from '../settings-form/differences'

/** One line of a saved entry: a setting before → after, or a sentence of its own. */
export type ChangeLine =
  { label: string; before: string; after: string } | { label?: undefined; text: string }

/** What an entry of the journal says, or null for a kind this tab does not know. */
export type EntryView =
  | { kind: 'settings-saved' | 'onboarding-saved'; title: string; lines: ChangeLine[] }
  | { kind: 'connection-tested'; title: string; passed: boolean; failedChecks: string[] }

type Value = string | boolean | null

const SECRET_CHANGES: Record<SecretChange['change'], string> = {
  set: 'Secret client : secret enregistré',
  replaced: 'Secret client : secret remplacé',
  removed: 'Secret client : secret supprimé',
}

const text = (value: Value, empty: string) =>
  value === null || value === '' ? empty : String(value)

function environmentName(value: Value, catalogue: readonly Environment[]): string {
  if (typeof value !== 'string' || value === '') return 'aucun'
  return findEnvironment(catalogue, value)?.label ?? value
}

/** Each setting's value as a person reads it; an unknown field shows as it was journaled. */
function fieldLine(
  field: string,
  before: Value,
  after: Value,
  catalogue: readonly Environment[],
): ChangeLine {
  switch (field) {
    case 'enabled':
      return { text: after === true ? 'FranceConnect activé' : 'FranceConnect désactivé' }
    case 'buttonVariant':
      return {
        label: SETTING_LABELS.buttonVariant,
        before: text(before, 'aucun'),
        after: text(after, 'aucun'),
      }
    case 'connectionText':
      return {
        label: SETTING_LABELS.connectionText,
        before: quoted(text(before, '')),
        after: quoted(text(after, '')),
      }
    case 'clientId':
      return {
        label: SETTING_LABELS.clientId,
        before: before ? quoted(String(before)) : 'aucun',
        after: after ? quoted(String(after)) : 'aucun',
      }
    case 'environmentUrl':
      return {
        label: SETTING_LABELS.environmentUrl,
        before: environmentName(before, catalogue),
        after: environmentName(after, catalogue),
      }
    case 'previewBackground':
      return {
        label: SETTING_LABELS.previewBackground,
        before: text(before, 'aucune'),
        after: text(after, 'aucune'),
      }
    default:
      return {
        label: field,
        before: text(before, 'aucune valeur'),
        after: text(after, 'aucune valeur'),
      }
  }
}

const STATE_LABELS: Partial<Record<string, Record<string, string>>> = {
  'datapass.state': DATAPASS_STATE_LABELS,
  'sandbox.state': SANDBOX_STATE_LABELS,
  'production.state': DOSSIER_STATE_LABELS,
}

/** A typed value of the onboarding (1.6) as the page says it: states by their French names. */
function onboardingLine(field: string, before: Value, after: Value): ChangeLine {
  const label = Object.hasOwn(ONBOARDING_FIELDS, field)
    ? ONBOARDING_FIELDS[field as keyof typeof ONBOARDING_FIELDS]
    : field
  const states = STATE_LABELS[field]
  const say = (value: Value) => {
    if (value === null || value === '') return 'aucune valeur'
    const named = states?.[String(value)]
    return named ?? quoted(String(value))
  }
  return { label, before: say(before), after: say(after) }
}

/** What an entry says, in French; the secret only as set, replaced or removed. */
export function entryView(
  entry: HistoryEntry,
  catalogue: readonly Environment[],
): EntryView | null {
  if (entry.kind === 'settings-saved') {
    const lines = entry.changes.map((change): ChangeLine =>
      'change' in change
        ? { text: SECRET_CHANGES[change.change] }
        : fieldLine(change.field, change.before, change.after, catalogue),
    )
    return { kind: 'settings-saved', title: 'Réglages enregistrés', lines }
  }
  if (entry.kind === 'onboarding-saved') {
    const lines = entry.changes.flatMap((change) =>
      'change' in change ? [] : [onboardingLine(change.field, change.before, change.after)],
    )
    return { kind: 'onboarding-saved', title: 'Mise en service mise à jour', lines }
  }
  if (entry.kind === 'connection-tested' && entry.connectionTest) {
    const { outcome, failedChecks } = entry.connectionTest
    return {
      kind: 'connection-tested',
      title: 'Connexion testée',
      passed: outcome === 'passed',
      failedChecks: failedChecks.map((id) =>
        Object.hasOwn(CHECK_TITLES, id) ? CHECK_TITLES[id as keyof typeof CHECK_TITLES] : id,
      ),
    }
  }
  return null
}

/**
 * When each entry was made, « 12 octobre 2026 à 09:30 » in Paris time; to the second where two
 * shown entries share a minute, so that each entry's name (and its buttons') stays its own.
 */
export function entryDates(entries: readonly Pick<HistoryEntry, 'id' | 'at'>[]) {
  const byMinute = entries.map((entry) => formatDateTime(entry.at))
  return new Map(
    entries.map((entry, index) => {
      const label = byMinute[index] ?? ''
      const shared = byMinute.indexOf(label) !== byMinute.lastIndexOf(label)
      return [entry.id, shared ? formatDateTime(entry.at, { seconds: true }) : label]
    }),
  )
}

/**
 * Said once an older page is shown: « 10 modifications de plus affichées (20 en tout). » The
 * running total makes each announcement differ from the last, so that it is read again.
 */
export function moreShownText(count: number, total: number, allShown: boolean): string {
  const shown =
    count === 1 ? '1 modification de plus affichée' : `${count} modifications de plus affichées`
  return `${shown} (${total} en tout)${allShown ? ' : tout l’historique est affiché.' : '.'}`
}
