/** Who is asking: a signed-in person, or (local mode) whoever runs the server on this machine. */
export interface Principal {
  kind: 'person' | 'local'
  /** The provider's `sub`; null for the local operator. */
  subject: string | null
  name: string
  email: string | null
  /** Whether the provider vouched for `email`: only then does a grant to that address apply. */
  emailVerified: boolean
  /** What the provider's claim grants: every tenant (`*`) or these. */
  claimedTenants: '*' | readonly string[]
  /** The session's id hash, for sign-out. */
  sessionHash: string | null
}

export const LOCAL_OPERATOR: Principal = {
  kind: 'local',
  subject: null,
  name: 'Administrateur local',
  email: null,
  emailVerified: false,
  claimedTenants: '*',
  sessionHash: null,
}

/** The author the journal and `updatedBy` record: always the signed-in person, never the body. */
export const authorOf = (principal: Principal) => ({
  name: principal.name,
  subject: principal.subject,
})
