import { sessionSchema, signOutResultSchema, type Session } from '#contract/session'
import type { ApiClient } from '../../lib/api-client'
import { ApiError } from '../../lib/api-error'
import { SESSION_PATH } from './paths'

/** Who is signed in; null when the backend has no session resource (before 1.3). */
export async function fetchSession(api: ApiClient, signal?: AbortSignal): Promise<Session | null> {
  try {
    return (await api.request(SESSION_PATH, { schema: sessionSchema, signal })).data
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/**
 * Ends the session (a same-origin POST: the server checks where it comes from) and returns
 * where the browser goes next: the identity provider's logout, then back here.
 */
export async function signOut(signOutUrl: string, timeoutMs: number): Promise<string> {
  const response = await fetch(new URL(signOutUrl, window.location.href), {
    method: 'POST',
    headers: { Accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!response.ok) throw new ApiError({ kind: 'http', status: response.status })
  const parsed = signOutResultSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success) throw new ApiError({ kind: 'invalid-response', status: response.status })
  return parsed.data.redirectTo
}
