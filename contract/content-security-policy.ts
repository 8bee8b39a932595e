/**
 * The Content-Security-Policy the tab needs from whoever serves it (the reference server,
 * `vite preview`, so every Playwright journey, another host): no inline script or style, no
 * eval. Deploy it with the API's origin added to connect-src when the API lives elsewhere.
 */
export function contentSecurityPolicy(apiOrigin = ''): string {
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
