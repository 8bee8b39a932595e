/** Where to go to sign in, and come back to `returnTo` (a path of this application). */
export function signInAddress(signInUrl: string, returnTo: string): string {
  const url = new URL(signInUrl, window.location.href)
  url.searchParams.set('returnTo', returnTo)
  return url.href
}

/** This page's path and query: where a sign-in brings the user back. */
export const currentPath = () => `${window.location.pathname}${window.location.search}`
