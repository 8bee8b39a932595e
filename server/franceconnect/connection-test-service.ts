import { BUILT_IN_ENVIRONMENTS, findEnvironment } from '#contract/catalogue'
import type { ConnectionTest } from '#contract/connection-test'
import { declaredUrls } from '#contract/declaration'
import { problem, type ProblemDetails } from '#contract/problem-details'
import { problems } from '#contract/problems'
import { authorOf, type Principal } from '../auth/principal'
import {
  endTestRun,
  insertConnectionTest,
  recordLastTest,
  startTestRun,
} from '../db/connection-tests-repository'
import type { Database } from '../db/database'
import { appendJournal } from '../db/journal-repository'
import { findSettings, findTenant } from '../db/tenants-repository'
import { openSecret } from '../secrets/cipher'
import type { Keyring } from '../secrets/keyring'
import { runChecks } from './checks'
import type { ProbePolicy } from './probe-policy'

export interface ConnectionTestDeps {
  db: Database
  keyring: Keyring
  clock: () => Date
  policy: ProbePolicy
}

/** A test left marked as running this long ago (a crashed process) no longer blocks another. */
const RUN_STALE_MS = 60_000

type Problem = ProblemDetails & { status: number }

/**
 * Tests the saved settings of a tenant against FranceConnect, records the result and a
 * journal entry (never the secret), one test per tenant at a time.
 */
export async function testConnection(
  deps: ConnectionTestDeps,
  tenantId: string,
  principal: Principal,
): Promise<{ ok: true; test: ConnectionTest } | { ok: false; problem: Problem }> {
  const [tenant, stored] = await Promise.all([
    findTenant(deps.db, tenantId),
    findSettings(deps.db, tenantId),
  ])
  if (!tenant || !stored) return { ok: false, problem: problems.unknownTenant(tenantId) }
  const startedAt = deps.clock()
  if (!(await startTestRun(deps.db, tenantId, startedAt, RUN_STALE_MS))) {
    return {
      ok: false,
      problem: problem(409, 'Un test est déjà en cours', {
        detail: 'Un test de connexion de cet espace est en cours : attendez son résultat.',
      }),
    }
  }
  try {
    let secret: string | null = null
    let secretUnreadable = false
    if (stored.secret) {
      try {
        secret = openSecret(deps.keyring, tenantId, stored.secret)
      } catch {
        secretUnreadable = true
      }
    }
    const { settings } = stored
    const { checks, issuer } = await runChecks(
      {
        environmentUrl: settings.environmentUrl,
        environment: findEnvironment(BUILT_IN_ENVIRONMENTS, settings.environmentUrl),
        clientId: settings.clientId,
        secret,
        secretUnreadable,
        redirectUri: declaredUrls(tenantId, tenant.portalBaseUrl).loginRedirectUrl,
      },
      deps.policy,
    )
    const finishedAt = deps.clock()
    const outcome = checks.every((check) => check.status === 'passed') ? 'passed' : 'failed'
    const author = authorOf(principal)
    const saved = await deps.db.transaction(async (tx) => {
      const test = await insertConnectionTest(tx, tenantId, {
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        actor: author,
        outcome,
        environmentUrl: settings.environmentUrl,
        issuer,
        checks,
      })
      await recordLastTest(tx, tenantId, outcome, finishedAt)
      await appendJournal(tx, {
        tenantId,
        at: finishedAt,
        author,
        kind: 'connection-tested',
        revision: null,
        changes: [],
        connectionTest: {
          id: test.id,
          outcome,
          failedChecks: checks
            .filter((check) => check.status !== 'passed')
            .map((check) => check.id),
        },
      })
      return test
    })
    return { ok: true, test: saved }
  } finally {
    await endTestRun(deps.db, tenantId)
  }
}
