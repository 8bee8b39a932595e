/** Who is signed in (contract 1.3): asked by every page, early (see src/early.ts). */
export const SESSION_PATH = '/session'
