import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'

/** The embedded database's folder is used by another live process. */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError'
}

interface LockOwner {
  pid: number
  host: string
  since: string
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: owner.since ?? '' }
      : null
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `{dataDir}/server.lock` (created exclusively, holding the owner's pid). A lock left
 * by a process that no longer runs on this machine is taken over.
 */
export function acquireDataDirLock(dataDir: string): { release(): void } {
  const path = join(dataDir, 'server.lock')
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(path, 'wx', 0o600)
      writeSync(fd, JSON.stringify(me))
      closeSync(fd)
      let released = false
      return {
        release() {
          if (released) return
          released = true
          if (readOwner(path)?.pid === me.pid) rmSync(path, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(path)
      if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
        throw new DataDirBusyError(
          `Le dossier de données ${dataDir} est déjà utilisé par un autre processus ` +
            `(pid ${owner.pid} sur ${owner.host}, depuis ${owner.since}). Arrêtez-le d’abord, ` +
            'ou choisissez un autre DATA_DIR ; pour plusieurs serveurs, utilisez DATABASE_URL.',
        )
      }
      // A stale lock (its process is gone), or one being written right now: retry.
      if (owner) rmSync(path, { force: true })
    }
  }
  throw new DataDirBusyError(`Impossible de verrouiller le dossier de données ${dataDir}.`)
}
