import { pino } from 'pino'
import { ConfigError, loadConfig, type ServerConfig } from '../config'
import type { Database } from '../db/database'
import { DataDirBusyError } from '../db/data-dir-lock'
import { migrate } from '../db/migrate'
import { SecretUnreadableError } from '../secrets/cipher'
import { openDatabase } from '../db/open'

/** The database the server would use, migrated; in embedded mode, locked while the command runs. */
export async function openForCommand({ secrets = true } = {}): Promise<{
  config: ServerConfig
  db: Database
}> {
  const config = loadConfig(process.env, process.cwd(), { requireSecretsKey: secrets })
  const { db } = await openDatabase(config, pino({ level: 'silent' }))
  try {
    await migrate(db)
  } catch (error) {
    await db.close()
    throw error
  }
  return { config, db }
}

/** A command's failure, told in French on stderr, with exit code 1 (2 for a usage error). */
export class UsageError extends Error {
  override name = 'UsageError'
}

export async function runCommand(main: () => Promise<void>) {
  try {
    await main()
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof DataDirBusyError ||
      error instanceof SecretUnreadableError
    process.stderr.write(`${known ? error.message : String(error)}\n`)
    process.exitCode = error instanceof UsageError ? 2 : 1
  }
}
