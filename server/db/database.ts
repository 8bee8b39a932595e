/** What the repositories need of a database: PostgreSQL itself, or PGlite in a folder. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>
}

export interface Database extends Queryable {
  readonly kind: 'embedded' | 'postgres'
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Whether the database answers (for /readyz). */
  ping(): Promise<boolean>
  close(): Promise<void>
}

/**
 * A constant written into the SQL as a string literal: a parameter that one of the statements
 * sharing a fragment does not use fails on PostgreSQL.
 */
export const sqlLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`

/** PostgreSQL's SQLSTATE for a unique constraint, the same on PGlite. */
export const UNIQUE_VIOLATION = '23505'

export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

/** bytea comes back as a Buffer from pg, a Uint8Array from PGlite. */
export const toBuffer = (value: Uint8Array | null): Buffer | null =>
  value === null ? null : Buffer.from(value.buffer, value.byteOffset, value.byteLength)

/** Whether a database answers a trivial query (for /readyz). */
export async function answers(query: Queryable['query']): Promise<boolean> {
  try {
    await query('select 1')
    return true
  } catch {
    return false
  }
}
