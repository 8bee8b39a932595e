// Which database the configuration names, opened: apart from the server's module, so that the
// command-line tools (server/cli) open it without loading the HTTP server's code.
import type { Logger } from 'pino'
import type { ServerConfig } from '../config'
import { modeText, openEmbedded } from './embedded'
import { openPostgres } from './postgres'

/** Opens the configured database: PostgreSQL at DATABASE_URL, or PGlite in DATA_DIR. */
export async function openDatabase(config: ServerConfig, logger: Logger) {
  if (config.storage.kind === 'postgres') {
    const db = await openPostgres(config.storage.url, config.storage.poolSize)
    return { db, created: false }
  }
  const db = await openEmbedded(config.storage.dataDir)
  if (db.created) logger.info({ dataDir: config.dataDir }, 'base de données embarquée créée')
  if (db.tightenedFrom !== null) {
    logger.warn(
      { dataDir: config.dataDir, mode: modeText(db.tightenedFrom) },
      `dossier de données ${config.dataDir} fermé aux autres utilisateurs ` +
        `(${modeText(db.tightenedFrom)} → 0700) : les fichiers de la base n’étaient protégés que par lui`,
    )
  }
  return { db, created: db.created }
}
