import * as z from 'zod/mini'

/** One entry of the `errors` extension: which JSON field (RFC 6901 pointer) is wrong, and why. */
export const fieldErrorSchema = z.object({
  pointer: z.string(),
  detail: z.string(),
})

/** RFC 9457 problem details, with the `errors` extension the contract uses for 422. */
export const problemDetailsSchema = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(fieldErrorSchema)),
  /** With a 401: where to send the browser to sign in again (1.3). */
  signInUrl: z.optional(z.string()),
})

export type FieldError = z.infer<typeof fieldErrorSchema>
export type ProblemDetails = z.infer<typeof problemDetailsSchema>

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Builds a problem-details object; used by the mock API like a real backend would. */
export function problem(
  status: number,
  title: string,
  extra: Omit<ProblemDetails, 'status' | 'title'> = {},
): ProblemDetails & { status: number; title: string } {
  return { type: 'about:blank', ...extra, status, title }
}

/** Splits `/clientId` or `/settings/0/name` into its first segment (`clientId`). */
export function pointerHead(pointer: string): string {
  const [, head = ''] = pointer.split('/')
  return head.replaceAll('~1', '/').replaceAll('~0', '~')
}
