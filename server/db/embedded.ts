import { PGlite } from '@electric-sql/pglite'
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../config'
import { answers, type Database, type Queryable } from './database'
import { acquireDataDirLock, DataDirBusyError } from './data-dir-lock'

export interface EmbeddedDatabase extends Database {
  /** True when this start created the database files. */
  readonly created: boolean
  /** The folder's mode before this start closed it to others (0700), if it was open. */
  readonly tightenedFrom: number | null
}

/** An error of the file system on DATA_DIR, told to the operator without a stack. */
function dataDirProblem(dataDir: string, error: unknown, doing: string): ConfigError {
  const { code, message } = error as NodeJS.ErrnoException
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'ce processus n’a pas le droit d’y écrire (ou le disque est en lecture seule)'
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? 'le chemin désigne un fichier, pas un dossier'
        : code === 'ENOSPC'
          ? 'le disque est plein'
          : message
  return new ConfigError(
    `Le dossier de données ${dataDir} est inutilisable (${doing}) : ${why}${code ? ` [${code}]` : ''}. ` +
      'Choisissez un DATA_DIR dans lequel l’utilisateur du serveur peut écrire, ou corrigez ses droits.',
  )
}

/**
 * The folder, created if needed, and closed to others at every start: PGlite writes its files
 * readable and writable by all (0666), so only the folder's 0700 keeps them private, whoever
 * created it and however.
 */
function prepareDataDir(dataDir: string): number | null {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    const mode = statSync(dataDir).mode & 0o777
    if ((mode & 0o077) === 0) return null
    chmodSync(dataDir, 0o700)
    return mode
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') {
      throw new ConfigError(
        `Le dossier de données ${dataDir} est ouvert à d’autres utilisateurs et ce processus ne ` +
          `peut pas le fermer (il n’en est pas le propriétaire) : « chmod 700 ${dataDir} » en ` +
          'tant que son propriétaire, ou choisissez un autre DATA_DIR.',
      )
    }
    throw dataDirProblem(dataDir, error, 'création')
  }
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), in `{dataDir}/pgdata`. One process at a time:
 * a second one on the same folder would corrupt it without a word, so a lock file is taken
 * first and released on close.
 */
export async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  const tightenedFrom = prepareDataDir(dataDir)
  let lock: ReturnType<typeof acquireDataDirLock>
  try {
    lock = acquireDataDirLock(dataDir)
  } catch (error) {
    if (error instanceof DataDirBusyError) throw error
    throw dataDirProblem(dataDir, error, 'verrou')
  }
  const directory = join(dataDir, 'pgdata')
  const created = !existsSync(join(directory, 'PG_VERSION'))
  let db: PGlite
  try {
    db = await PGlite.create(directory)
  } catch (error) {
    lock.release()
    throw dataDirProblem(dataDir, error, 'ouverture de la base')
  }
  const query = async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await db.query<Row>(sql, params as unknown[])).rows
  return {
    kind: 'embedded',
    created,
    tightenedFrom,
    query,
    async exec(sql) {
      await db.exec(sql)
    },
    transaction: (work) =>
      db.transaction((transaction) => {
        const tx: Queryable = {
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await transaction.query<Row>(sql, params as unknown[])).rows,
        }
        return work(tx)
      }),
    ping: () => answers(query),
    async close() {
      try {
        await db.close()
      } finally {
        lock.release()
      }
    },
  }
}

/** A file mode as `ls` and chmod write it: 0755. */
export const modeText = (mode: number) => `0${mode.toString(8).padStart(3, '0')}`
