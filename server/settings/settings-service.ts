import { changesOf, type SecretChange } from '#contract/history'
import type { ProblemDetails } from '#contract/problem-details'
import { fieldErrorsOf, problems } from '#contract/problems'
import type { FranceConnectSettings } from '#contract/settings'
import { settingsInputRules } from '#contract/settings-rules'
import { sqlState, UNIQUE_VIOLATION, type Database } from '../db/database'
import { appendJournal } from '../db/journal-repository'
import {
  findSettings,
  updateSettings,
  type Author,
  type SecretWrite,
  type SettingsRecord,
} from '../db/tenants-repository'
import { sealSecret } from '../secrets/cipher'
import type { Keyring } from '../secrets/keyring'
import { etagOf, ifMatchAccepts } from './etag'

export interface SettingsDeps {
  db: Database
  keyring: Keyring
  clock: () => Date
}

type Problem = ProblemDetails & { status: number }
export type SettingsResult =
  { ok: true; settings: FranceConnectSettings; etag: string } | { ok: false; problem: Problem }

const failure = (problem: Problem): SettingsResult => ({ ok: false, problem })
const success = (record: SettingsRecord): SettingsResult => ({
  ok: true,
  settings: record.settings,
  etag: etagOf(record.revision),
})

export async function readSettings(deps: SettingsDeps, tenantId: string): Promise<SettingsResult> {
  const record = await findSettings(deps.db, tenantId)
  return record ? success(record) : failure(problems.unknownTenant(tenantId))
}

export interface SaveRequest {
  tenantId: string
  ifMatch: string | undefined
  body: unknown
  author: Author
}

/**
 * A `PUT` of the contract, in one transaction: the row locked, the version checked, the body
 * validated with the contract's own rules against what is stored, the secret sealed, then the
 * write (conditional on the version read, in the same statement) and its journal entry.
 * Concurrent saves of one tenant queue on the row: of two with the same ETag, exactly one wins.
 */
export async function saveSettings(
  deps: SettingsDeps,
  request: SaveRequest,
): Promise<SettingsResult> {
  const { tenantId, ifMatch } = request
  if (!ifMatch) return failure(problems.missingIfMatch())
  try {
    return await deps.db.transaction(async (tx) => {
      const stored = await findSettings(tx, tenantId, { forUpdate: true })
      if (!stored) return failure(problems.unknownTenant(tenantId))
      if (!ifMatchAccepts(ifMatch, etagOf(stored.revision))) {
        return failure(problems.staleVersion())
      }
      const parsed = settingsInputRules(stored.settings).safeParse(request.body)
      if (!parsed.success) return failure(problems.refused(fieldErrorsOf(parsed.error.issues)))
      const { clientSecret, previewBackground, ...values } = parsed.data
      const next = {
        ...values,
        // Absent (a client of contract 1.0): the stored value is kept.
        previewBackground:
          previewBackground === undefined
            ? (stored.settings.previewBackground ?? null)
            : previewBackground,
      }

      let secret: SecretWrite = { keep: true }
      let secretChange: SecretChange['change'] | null = null
      if (typeof clientSecret === 'string') {
        secret = { keep: false, secret: sealSecret(deps.keyring, tenantId, clientSecret) }
        secretChange = stored.secret ? 'replaced' : 'set'
      } else if (clientSecret === null && stored.secret) {
        secret = { keep: false, secret: null }
        secretChange = 'removed'
      }

      const at = deps.clock()
      const record = await updateSettings(
        tx,
        tenantId,
        stored.revision,
        next,
        secret,
        request.author,
        at,
      )
      if (!record) return failure(problems.staleVersion())
      await appendJournal(tx, {
        tenantId,
        at,
        author: request.author,
        kind: 'settings-saved',
        revision: record.revision,
        changes: changesOf(stored.settings, next, secretChange),
        values: {
          enabled: next.enabled,
          buttonVariant: next.buttonVariant,
          connectionText: next.connectionText,
          clientId: next.clientId,
          environmentUrl: next.environmentUrl,
          previewBackground: next.previewBackground,
        },
      })
      return success(record)
    })
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) return failure(problems.clientIdInUse())
    throw error
  }
}
