// The first script the page runs, a few hundred bytes on its own (see build/first-visit.ts): it
// reads config.json and sends the opened page's first GET requests while the app's bundle is
// still downloading. The app (main.tsx) imports the same module and takes what it started.
import { openingPaths } from './app/opening-paths'
import {
  appBaseUrl,
  appPath,
  configUrl,
  DEFAULT_REQUEST_TIMEOUT_MS,
  resolveApiBaseUrl,
} from './lib/app-path'
import { startEarlyGet } from './lib/early-requests'

const configResponse = fetch(configUrl())
// The original is never read: each taker gets its own copy.
configResponse.catch(() => undefined)

/** The response to config.json, as main.tsx's loadRuntimeConfig expects to fetch it. */
export function takeConfigResponse(): Promise<Response> {
  return configResponse.then((response) => response.clone())
}

async function startOpeningRequests() {
  const config: unknown = await (await takeConfigResponse()).json()
  if (typeof config !== 'object' || config === null) return
  const { apiBaseUrl, mockApi, requestTimeoutMs } = config as Record<string, unknown>
  // The mock API answers only once its service worker runs: the app asks then.
  if (mockApi !== false || typeof apiBaseUrl !== 'string') return
  const api = resolveApiBaseUrl(apiBaseUrl, appBaseUrl())
  const timeoutMs =
    typeof requestTimeoutMs === 'number' ? requestTimeoutMs : DEFAULT_REQUEST_TIMEOUT_MS
  for (const path of openingPaths(appPath(), window.location.search))
    startEarlyGet(`${api}${path}`, timeoutMs)
}

// Anything wrong here is the app's to report, with its own messages.
startOpeningRequests().catch(() => undefined)
