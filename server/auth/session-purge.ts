import type { FastifyBaseLogger } from 'fastify'
import { deleteExpiredSessions, deleteStaleSignInAttempts } from '../db/sessions-repository'
import { SIGN_IN_MINUTES, type SessionDeps } from './sessions'

const TEN_MINUTES = 10 * 60_000

/**
 * Deletes the sessions past their expiry or idle too long and the sign-ins never finished, at
 * start and then regularly. Each instance runs its own: the deletions are idempotent, so
 * several instances on one database only do the same work twice.
 */
export function startSessionPurge(
  deps: SessionDeps,
  everyMs = TEN_MINUTES,
  log: FastifyBaseLogger,
) {
  let running: Promise<void> | null = null
  const purge = () => {
    const now = deps.clock()
    running ??= Promise.all([
      deleteExpiredSessions(
        deps.db,
        now,
        new Date(now.getTime() - deps.policy.idleMinutes * 60_000),
      ),
      deleteStaleSignInAttempts(deps.db, new Date(now.getTime() - SIGN_IN_MINUTES * 60_000)),
    ])
      .then(() => undefined)
      .catch((error: unknown) => {
        // The database is away: the next round will do it.
        log.warn({ reason: (error as Error).message }, 'purge des sessions expirées reportée')
      })
      .finally(() => {
        running = null
      })
  }
  purge()
  const timer = setInterval(purge, everyMs)
  timer.unref()
  return {
    /** Stops the timer and waits for a round in progress (before the database closes). */
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
