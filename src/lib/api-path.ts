/** Builds a path whose interpolated segments are URL-encoded: apiPath`/tenants/${id}`. */
export function apiPath(strings: TemplateStringsArray, ...segments: string[]): string {
  return strings.reduce(
    (path, part, index) =>
      path + part + (index < segments.length ? encodeURIComponent(segments[index] ?? '') : ''),
    '',
  )
}

/** What the API client accepts from the API: JSON, or a problem (RFC 9457). */
export const JSON_ACCEPT = 'application/json, application/problem+json'
