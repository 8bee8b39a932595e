import { z } from './zod'

/** The checks a connection test runs, in order. */
export const CONNECTION_CHECKS = ['discovery', 'requirements', 'client', 'secret'] as const
export type ConnectionCheckId = (typeof CONNECTION_CHECKS)[number]

export const CHECK_STATUSES = ['passed', 'failed', 'skipped'] as const

/** One check: what it looked at, how it went, and what to do about it, in French. */
export const connectionCheckSchema = z.object({
  id: z.string().check(
    z.meta({
      description: `Le contrôle : ${CONNECTION_CHECKS.join(', ')} (d’autres pourront s’ajouter).`,
    }),
  ),
  title: z.string(),
  status: z.enum(CHECK_STATUSES),
  /** Null when the check did not run. */
  durationMs: z.nullable(z.number()),
  /** What was found, or why the check did not run. */
  message: z.string(),
  /** What to do next, when something is to be done. */
  nextStep: z.nullable(z.string()),
})
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>

/**
 * `POST …/france-connect/connection-test` (1.4): everything that can be checked of the saved
 * settings without a citizen signing in. The secret is never part of it.
 */
export const connectionTestSchema = z
  .object({
    id: z.string(),
    startedAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }),
    actor: z.object({ name: z.string(), subject: z.nullable(z.string()) }),
    outcome: z.enum(['passed', 'failed']),
    environmentUrl: z.string(),
    /** The issuer whose discovery document answered, if one did. */
    issuer: z.nullable(z.string()),
    checks: z.array(connectionCheckSchema),
  })
  .check(
    z.meta({
      description:
        'Le résultat d’un test de connexion à FranceConnect, fait par le serveur sur les réglages enregistrés.',
    }),
  )
export type ConnectionTest = z.infer<typeof connectionTestSchema>

/** `GET …/france-connect/connection-test`: the last test of this tenant, if any. */
export const lastConnectionTestSchema = z.object({ lastTest: z.nullable(connectionTestSchema) })
