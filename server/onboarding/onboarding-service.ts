import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import {
  onboardingChanges,
  onboardingInputSchema,
  onboardingOf,
  restampStates,
  type Onboarding,
} from '#contract/onboarding'
import { onboardingMilestones } from '#contract/onboarding-steps'
import type { ProblemDetails } from '#contract/problem-details'
import { fieldErrorsOf, problems } from '#contract/problems'
import type { FranceConnectSettings } from '#contract/settings'
import type { OnboardingPolicy } from '../config'
import type { Database, Queryable } from '../db/database'
import { appendJournal } from '../db/journal-repository'
import { milestoneEntries } from '../db/milestone-entries'
import {
  findOnboarding,
  lockTenant,
  writeOnboarding,
  type OnboardingRecord,
} from '../db/onboarding-repository'
import { findSettings, type Author } from '../db/tenants-repository'
import { ifMatchAccepts } from '../settings/etag'

export interface OnboardingDeps {
  db: Database
  clock: () => Date
  onboarding: OnboardingPolicy
}

/** A version of a tenant's onboarding as an entity tag, never equal to one of its settings. */
export const onboardingEtagOf = (revision: number) => `"o${revision}"`

type Problem = ProblemDetails & { status: number }
export type OnboardingResult =
  { ok: true; onboarding: Onboarding; etag: string } | { ok: false; problem: Problem }

const failure = (problem: Problem): OnboardingResult => ({ ok: false, problem })

/** The onboarding as `GET` answers it: what is stored, and the milestones derived. */
async function answer(
  db: Queryable,
  deps: OnboardingDeps,
  tenantId: string,
  settings: FranceConnectSettings,
  record: OnboardingRecord,
): Promise<OnboardingResult> {
  const journal = (await milestoneEntries(db, [tenantId])).get(tenantId) ?? []
  const { editorName, solutionName } = deps.onboarding
  return {
    ok: true,
    etag: onboardingEtagOf(record.revision),
    onboarding: onboardingOf({
      input: record.input,
      since: record.since,
      milestones: onboardingMilestones(settings, journal, BUILT_IN_ENVIRONMENTS),
      wording: { editorName, solutionName },
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
  }
}

export async function readOnboarding(
  deps: OnboardingDeps,
  tenantId: string,
): Promise<OnboardingResult> {
  const [stored, record] = await Promise.all([
    findSettings(deps.db, tenantId),
    findOnboarding(deps.db, tenantId),
  ])
  if (!stored) return failure(problems.unknownTenant(tenantId))
  return answer(deps.db, deps, tenantId, stored.settings, record)
}

export interface OnboardingSaveRequest {
  tenantId: string
  ifMatch: string | undefined
  body: unknown
  author: Author
}

/**
 * A `PUT` of the onboarding, in one transaction with the tenant locked: the version checked,
 * the body validated with the contract's schema, each typed state that changed dated and
 * signed, then the write and its journal entry (before → after). A save that changes nothing
 * keeps the version and writes no entry. Of two concurrent saves with one ETag, one wins.
 */
export async function saveOnboarding(
  deps: OnboardingDeps,
  request: OnboardingSaveRequest,
): Promise<OnboardingResult> {
  const { tenantId, ifMatch, author } = request
  if (!ifMatch) return failure(problems.missingIfMatch())
  return deps.db.transaction(async (tx) => {
    const stored = (await lockTenant(tx, tenantId)) && (await findSettings(tx, tenantId))
    if (!stored) return failure(problems.unknownTenant(tenantId))
    const before = await findOnboarding(tx, tenantId)
    if (!ifMatchAccepts(ifMatch, onboardingEtagOf(before.revision))) {
      return failure(problems.staleVersion())
    }
    const parsed = onboardingInputSchema.safeParse(request.body)
    if (!parsed.success) return failure(problems.refused(fieldErrorsOf(parsed.error.issues)))
    const input = parsed.data
    const changes = onboardingChanges(before.input, input)
    if (changes.length === 0) return answer(tx, deps, tenantId, stored.settings, before)

    const at = deps.clock()
    const record = await writeOnboarding(
      tx,
      tenantId,
      {
        input,
        since: restampStates(before.input, input, before.since, {
          at: at.toISOString(),
          by: author.name,
        }),
        revision: before.revision + 1,
        updatedAt: at.toISOString(),
      },
      author,
    )
    if (!record) return failure(problems.staleVersion())
    await appendJournal(tx, {
      tenantId,
      at,
      author,
      kind: 'onboarding-saved',
      revision: null,
      changes,
    })
    return answer(tx, deps, tenantId, stored.settings, record)
  })
}
