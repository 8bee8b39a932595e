import type { SealedSecret } from '../secrets/cipher'
import { toBuffer, type Queryable } from './database'

export interface SessionRecord {
  idHash: string
  subject: string
  name: string
  email: string | null
  emailVerified: boolean
  claimedTenants: '*' | string[]
  idToken: SealedSecret | null
  lastSeenAt: Date
  expiresAt: Date
}

interface SessionRow {
  id_hash: string
  subject: string
  name: string
  email: string | null
  email_verified: boolean
  claimed_tenants: '*' | string[]
  id_token_ciphertext: Uint8Array | null
  id_token_key_id: string | null
  last_seen_at: Date
  expires_at: Date
}

export async function insertSession(
  db: Queryable,
  session: Omit<SessionRecord, 'lastSeenAt'>,
  now: Date,
): Promise<void> {
  await db.query(
    `insert into sessions (id_hash, subject, name, email, email_verified, claimed_tenants,
       id_token_ciphertext, id_token_key_id, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $9, $10)`,
    [
      session.idHash,
      session.subject,
      session.name,
      session.email,
      session.emailVerified,
      JSON.stringify(session.claimedTenants),
      session.idToken?.ciphertext ?? null,
      session.idToken?.keyId ?? null,
      now.toISOString(),
      session.expiresAt.toISOString(),
    ],
  )
}

export async function findSession(
  db: Queryable,
  idHash: string,
): Promise<SessionRecord | undefined> {
  const [row] = await db.query<SessionRow>(
    `select id_hash, subject, name, email, email_verified, claimed_tenants, id_token_ciphertext, id_token_key_id,
       last_seen_at, expires_at
     from sessions where id_hash = $1`,
    [idHash],
  )
  if (!row) return undefined
  const ciphertext = toBuffer(row.id_token_ciphertext)
  return {
    idHash: row.id_hash,
    subject: row.subject,
    name: row.name,
    email: row.email,
    emailVerified: row.email_verified,
    claimedTenants: row.claimed_tenants,
    idToken: ciphertext && row.id_token_key_id ? { keyId: row.id_token_key_id, ciphertext } : null,
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
  }
}

export async function touchSession(db: Queryable, idHash: string, now: Date): Promise<void> {
  await db.query('update sessions set last_seen_at = $2 where id_hash = $1', [
    idHash,
    now.toISOString(),
  ])
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('delete from sessions where id_hash = $1', [idHash])
}

/** Removes sessions past their absolute expiry or idle for longer than allowed. */
export async function deleteExpiredSessions(db: Queryable, now: Date, idleSince: Date) {
  await db.query('delete from sessions where expires_at <= $1 or last_seen_at <= $2', [
    now.toISOString(),
    idleSince.toISOString(),
  ])
}

export interface SignInAttempt {
  state: string
  browserHash: string
  nonce: string
  codeVerifier: string | null
  returnTo: string
}

export async function insertSignInAttempt(db: Queryable, attempt: SignInAttempt, now: Date) {
  await db.query(
    `insert into sign_in_attempts (state, browser_hash, nonce, code_verifier, return_to, created_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      attempt.state,
      attempt.browserHash,
      attempt.nonce,
      attempt.codeVerifier,
      attempt.returnTo,
      now.toISOString(),
    ],
  )
}

/** Takes (and removes: it is good for one callback) the attempt a state names, if recent enough. */
export async function takeSignInAttempt(
  db: Queryable,
  state: string,
  notBefore: Date,
): Promise<SignInAttempt | undefined> {
  const [row] = await db.query<{
    state: string
    browser_hash: string
    nonce: string
    code_verifier: string | null
    return_to: string
  }>(
    `delete from sign_in_attempts where state = $1 and created_at > $2
     returning state, browser_hash, nonce, code_verifier, return_to`,
    [state, notBefore.toISOString()],
  )
  return (
    row && {
      state: row.state,
      browserHash: row.browser_hash,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
      returnTo: row.return_to,
    }
  )
}

export async function deleteStaleSignInAttempts(db: Queryable, before: Date) {
  await db.query('delete from sign_in_attempts where created_at <= $1', [before.toISOString()])
}
