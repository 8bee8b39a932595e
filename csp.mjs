/**
 * The Content-Security-Policy the app runs under: no inline script or style, no eval.
 * `vite preview` (and so every Playwright journey) serves the build with it; deploy it with
 * the API's origin added to connect-src when the API lives elsewhere.
 */
export function contentSecurityPolicy(apiOrigin = '') {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}
