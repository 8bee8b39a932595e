import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { Writable } from 'node:stream'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { ConfigError, loadConfig } from './config'
import { startServer } from './server'
import { enableBody, issuedClientId } from './test/app'
import { generateKeyText } from './secrets/keyring'

const roots: string[] = []
/** A migrated, empty data folder (a copy of the suite's template: no 4-second creation). */
function newDataDir(name: string) {
  const dataDir = join(newRoot(), name)
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true })
  return dataDir
}

function newRoot() {
  const root = mkdtempSync(join(tmpdir(), 'reglages-fc-startup-'))
  roots.push(root)
  return root
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/** Starts the server as `npm start` does, in this process, its log lines kept. */
async function start(env: Record<string, string>) {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  const config = loadConfig({ PORT: '0', SEED_DEMO: '1', DIST_DIR: '/nonexistent', ...env })
  const server = await startServer(config, pino({ level: 'info' }, sink))
  return { server, logs: () => lines.join('') }
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error('started'),
    (error: unknown) => error,
  )

describe('starting the server on a data folder', () => {
  it('refuses a lost or wrong key instead of making a new one, and starts again once it is back', async () => {
    const dataDir = newDataDir('.data')
    const first = await start({ DATA_DIR: dataDir })
    const secret = `secret-${issuedClientId()}`
    const saved = await first.server.app.inject({
      method: 'PUT',
      url: '/api/tenants/portaildesaides/france-connect',
      headers: { 'if-match': '*' },
      payload: enableBody(issuedClientId(), secret),
    })
    expect(saved.statusCode).toBe(200)
    await first.server.close()

    const keyFile = join(dataDir, 'secrets.key')
    const key = readFileSync(keyFile, 'utf8')
    rmSync(keyFile)
    const lost = await failureOf(start({ DATA_DIR: dataDir }))
    expect(lost).toBeInstanceOf(ConfigError)
    expect((lost as Error).message).toContain(`Le fichier de clé ${keyFile} est absent`)
    expect((lost as Error).message).toContain('Restaurez ce fichier depuis votre sauvegarde')
    expect(existsSync(keyFile)).toBe(false)

    const wrong = await failureOf(start({ DATA_DIR: dataDir, SECRETS_KEY: generateKeyText() }))
    expect(wrong).toBeInstanceOf(ConfigError)
    expect((wrong as Error).message).toMatch(/Aucune des clés fournies \(SECRETS_KEY\) n’ouvre/)

    writeFileSync(keyFile, key, { mode: 0o600 })
    const restored = await start({ DATA_DIR: dataDir })
    const read = await restored.server.app.inject({
      method: 'GET',
      url: '/api/tenants/portaildesaides/france-connect',
    })
    expect(read.json()).toMatchObject({ clientSecretConfigured: true })
    expect(restored.logs()).not.toContain('clé de chiffrement des secrets créée')
    await restored.server.close()
  })

  it('closes a data folder made by hand for everyone (0755) to its owner (0700), saying so', async () => {
    const dataDir = newDataDir('partage')
    chmodSync(dataDir, 0o755)
    const { server, logs } = await start({ DATA_DIR: dataDir })
    expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    expect(logs()).toContain('fermé aux autres utilisateurs (0755 → 0700)')
    await server.close()
    // PGlite's own files are open to all (0666): only the folder protects them.
    const again = await start({ DATA_DIR: dataDir })
    expect(again.logs()).not.toContain('fermé aux autres utilisateurs')
    await again.server.close()
  })

  it('says in French why a data folder cannot be used, without a stack', async () => {
    const file = join(newRoot(), 'un-fichier')
    writeFileSync(file, 'pas un dossier')
    for (const dataDir of [file, join(file, 'dessous')]) {
      const failure = await failureOf(start({ DATA_DIR: dataDir }))
      expect(failure).toBeInstanceOf(ConfigError)
      expect((failure as Error).message).toContain(
        `Le dossier de données ${dataDir} est inutilisable`,
      )
      expect((failure as Error).message).toContain('le chemin désigne un fichier, pas un dossier')
    }
  })
})
