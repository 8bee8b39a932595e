export function contentSecurityPolicy(apiOrigin?: string): string
