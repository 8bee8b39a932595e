import type { FastifyRequest } from 'fastify'
import { TENANT_ID_PATTERN } from '#contract/tenant'
import { problem } from '#contract/problem-details'
import { fieldErrorsOf, problems } from '#contract/problems'
import { z } from '#contract/zod'
import type { Principal } from '../../auth/principal'
import { mayAccess, rightsOf } from '../../auth/rights'
import type { Queryable } from '../../db/database'
import { signInProblem } from '../auth-guard'
import { ProblemError } from '../problem-replies'

/** Writes are limited per person (or per address for the local operator), per process. */
export const WRITE_LIMIT = {
  max: 60,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) => request.principal?.sessionHash ?? request.ip,
}

export interface TenantParams {
  tenantId: string
}

/** Who is asking; a handler that finds nobody refuses (401), whatever let the request in. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError(signInProblem())
  return request.principal
}

function forbiddenProblem(principal: Principal, tenantId: string) {
  const who = principal.email && principal.emailVerified ? principal.email : principal.subject
  return problem(403, `Accès refusé à l’espace « ${tenantId} »`, {
    detail:
      `Votre compte (${principal.name}) n’a pas le droit de configurer l’espace « ${tenantId} ». ` +
      'Demandez-le à l’administrateur de Réglages FranceConnect : il peut vous l’accorder ' +
      `(npm run admins -- grant ${who ?? principal.name} ${tenantId}) ou faire ajouter « ${tenantId} » ` +
      'aux espaces de votre compte chez le fournisseur d’identité.',
  })
}

/**
 * The tenant a route's path names, once the person asking may configure it: the right is
 * checked before the tenant is looked up, so that the answer (403) is the same whether or not
 * it exists; an id this server could never have given is unknown (404) without a query.
 */
export async function requireTenant(
  db: Queryable,
  request: FastifyRequest<{ Params: TenantParams }>,
): Promise<{ principal: Principal; tenantId: string }> {
  const principal = requirePrincipal(request)
  const { tenantId } = request.params
  if (!mayAccess(await rightsOf(db, principal), tenantId)) {
    throw new ProblemError(forbiddenProblem(principal, tenantId))
  }
  if (!TENANT_ID_PATTERN.test(tenantId)) {
    throw new ProblemError(
      problem(404, 'Espace inconnu', {
        detail:
          'Cet identifiant d’espace n’existe pas : il ne peut contenir que des minuscules, des chiffres et des tirets.',
      }),
    )
  }
  return { principal, tenantId }
}

export const unknownTenant = (tenantId: string) =>
  new ProblemError(problems.unknownTenant(tenantId))

/** A query string read with the contract's schema; 400 with a pointer per parameter otherwise. */
export function parseQuery<Schema extends z.ZodMiniType>(
  schema: Schema,
  query: unknown,
  title: string,
): z.output<Schema> {
  const parsed = schema.safeParse(query)
  if (!parsed.success) {
    throw new ProblemError(problem(400, title, { errors: fieldErrorsOf(parsed.error.issues) }))
  }
  return parsed.data
}
