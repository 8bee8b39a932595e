/**
 * Where a journey runs. Each journey, or the describe block around it, carries exactly one of
 * these tags; the `where` fixture (fixtures.ts) plays it or skips it, saying why, from the
 * target of the run. Nothing else decides it: no list of files, no environment variable.
 */
export const ON = {
  /**
   * Through the REST contract alone: on any backend. Played on the reference server when the
   * run has one (the contract suite holds the mock API's answers to the same contract), on a
   * deployed app's backend, and on the mock API when it is the only backend of the run.
   */
  backend: '@backend',
  /** The tab's own behaviour, or one of the mock API's scenarios (faults, earlier contracts). */
  mock: '@mock',
  /**
   * This repository's reference server and what its run starts beside it: the OpenID
   * provider administrators sign in at, the FranceConnect stand-in, its database, its shells.
   */
  referenceServer: '@reference-server',
} as const

const PLACES = Object.values(ON) as string[]

/** The three targets a run can have: see playwright.config.ts. */
export type Target = 'mock' | 'server' | 'deployed'

export interface Run {
  target: Target
  /** Whether the app the journeys open uses the mock API. */
  mockApi: boolean
  /** Whether this run also plays a `server` project (the reference server of this repository). */
  withReferenceServer: boolean
}

/** Why a journey tagged `tags` is not played in `run`, or null when it is. */
export function whyNotHere(tags: readonly string[], run: Run): string | null {
  const places = tags.filter((tag) => PLACES.includes(tag))
  if (places.length !== 1) {
    throw new Error(
      `A journey says where it runs with exactly one of ${PLACES.join(', ')} (e2e/support/where.ts); this one has ${places.length === 0 ? 'none' : places.join(', ')}.`,
    )
  }
  const [place] = places
  switch (run.target) {
    case 'mock':
      if (place === ON.mock) return null
      if (place === ON.backend) {
        return run.withReferenceServer
          ? 'played on the reference server (the server project); the contract suite holds the mock API to the same answers'
          : null
      }
      return 'needs this repository’s reference server (the server project)'
    case 'server':
      return place === ON.mock
        ? 'the tab’s own behaviour or a mock API scenario: played once, on the mock API (the mock project)'
        : null
    case 'deployed':
      if (place === ON.backend) return null
      if (place === ON.mock) {
        return run.mockApi
          ? null
          : 'needs the mock API’s scenarios and tenants; this app has a real backend (E2E_MOCK_API=1 if it uses the mock API)'
      }
      return 'needs this repository’s reference server and what its run starts beside it (OpenID provider, FranceConnect stand-in, database): played by npm run test:e2e'
  }
}
