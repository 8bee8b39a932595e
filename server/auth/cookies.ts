import { createHash, randomBytes } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * `__Host-` cookies: Secure, Path=/, no Domain, so that no other host or path can set or read
 * them. Browsers accept Secure cookies on http://127.0.0.1 and http://localhost too.
 */
export const SESSION_COOKIE = '__Host-reglages-session'
export const SIGN_IN_COOKIE = '__Host-reglages-sign-in'

/** 256 random bits, as a cookie value. */
export const newToken = () => randomBytes(32).toString('base64url')

/** What the database keeps of a token: its SHA-256, never the token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

export function setCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds: number) {
  reply.header(
    'Set-Cookie',
    `${name}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAgeSeconds}`,
  )
}

export function clearCookie(reply: FastifyReply, name: string) {
  reply.header('Set-Cookie', `${name}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`)
}
