import type { FastifyRequest } from 'fastify'
import type { SessionPolicy } from '../config'
import type { Database } from '../db/database'
import { deleteSession, findSession, insertSession, touchSession } from '../db/sessions-repository'
import { openSecret, sealSecret } from '../secrets/cipher'
import type { Keyring } from '../secrets/keyring'
import { hashToken, newToken, readCookie, SESSION_COOKIE } from './cookies'
import type { SignedInPerson } from './oidc'
import type { Principal } from './principal'
import { tenantsFromClaim } from './rights'

export interface SessionDeps {
  db: Database
  keyring: Keyring
  clock: () => Date
  policy: SessionPolicy
}

/** A sign-in not finished within this time starts over. */
export const SIGN_IN_MINUTES = 10

/** Seals an ID token like a client secret, bound to its session. */
const idTokenBinding = (idHash: string) => `session:${idHash}`

/** How often a session's last activity is written (not on every request). */
const TOUCH_EVERY_MS = 60_000

/** A new session for a person who just signed in; the token goes in the cookie only. */
export async function openSession(deps: SessionDeps, person: SignedInPerson) {
  const token = newToken()
  const idHash = hashToken(token)
  const now = deps.clock()
  const maxAgeSeconds = deps.policy.maxHours * 3600
  await insertSession(
    deps.db,
    {
      idHash,
      subject: person.subject,
      name: person.name,
      email: person.email,
      emailVerified: person.emailVerified,
      claimedTenants: tenantsFromClaim(person.tenantsClaim),
      idToken: sealSecret(deps.keyring, idTokenBinding(idHash), person.idToken),
      expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
    },
    now,
  )
  return { token, maxAgeSeconds }
}

/**
 * The signed-in person the request's session cookie names, if the session exists and is
 * neither past its absolute expiry nor idle for too long; an expired one is removed.
 */
export async function principalOf(
  deps: SessionDeps,
  request: FastifyRequest,
): Promise<Principal | null> {
  const token = readCookie(request, SESSION_COOKIE)
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null
  const idHash = hashToken(token)
  const session = await findSession(deps.db, idHash)
  if (!session) return null
  const now = deps.clock()
  const idleLimit = now.getTime() - deps.policy.idleMinutes * 60_000
  if (session.expiresAt <= now || session.lastSeenAt.getTime() <= idleLimit) {
    await deleteSession(deps.db, idHash)
    return null
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(deps.db, idHash, now)
  }
  return {
    kind: 'person',
    subject: session.subject,
    name: session.name,
    email: session.email,
    emailVerified: session.emailVerified,
    claimedTenants: session.claimedTenants,
    sessionHash: idHash,
  }
}

/** Ends a session; returns its ID token (for the provider's logout), if it can be opened. */
export async function closeSession(deps: SessionDeps, idHash: string): Promise<string | null> {
  const session = await findSession(deps.db, idHash)
  await deleteSession(deps.db, idHash)
  if (!session?.idToken) return null
  try {
    return openSecret(deps.keyring, idTokenBinding(idHash), session.idToken)
  } catch {
    return null
  }
}
