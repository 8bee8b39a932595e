// What the pages' shells (src/shell.tsx, rendered at build time) are drawn from, shared with the
// app that takes them over (boot.tsx): the same state on both sides, so that React hydrates
// the shell's elements instead of drawing them again.
import type { QueryClient } from '@tanstack/react-query'
import type { Session } from '#contract/session'
import type { RuntimeConfig } from '../config/runtime-config'
import { sessionKeys } from '../features/session/queries'

/** The attribute of the root element naming the shell it holds, e.g. `france-connect.local`. */
export const SHELL_ATTRIBUTE = 'data-shell'

/** The local mode's session (server/http/api/session-routes.ts): its notice is part of the frame. */
export const LOCAL_SESSION: Session = {
  mode: 'local',
  user: null,
  signInUrl: null,
  signOutUrl: null,
}

/** The configuration the shells are drawn with: what the reference server serves. */
export const SHELL_CONFIG: RuntimeConfig = {
  apiBaseUrl: 'api',
  mockApi: false,
  defaultTenant: 'portaildesaides',
  requestTimeoutMs: 15_000,
}

/** The shell's queries: none answered, but the session in the local mode's variant. */
export function seedShellState(queryClient: QueryClient, shell: string) {
  if (shell.endsWith('.local')) queryClient.setQueryData(sessionKeys.session(), LOCAL_SESSION)
}
