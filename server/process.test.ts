import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { enableBody, issuedClientId } from './test/app'
import { runToEnd, startServerProcess } from './test/process'

const settingsUrl = (base: string, tenantId: string) =>
  new URL(`api/tenants/${tenantId}/france-connect`, base)

/** Sends a PUT in two halves over a raw socket; resolves with the status line of its answer. */
function halfSentPut(base: string, path: string, body: string) {
  const { hostname, port } = new URL(base)
  const socket = connect(Number(port), hostname)
  const answer = new Promise<string>((resolve, reject) => {
    let text = ''
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''))
    socket.on('error', reject)
  })
  const half = Math.floor(body.length / 2)
  socket.write(
    `PUT ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
      `If-Match: "r1"\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n` +
      body.slice(0, half),
  )
  return { answer, finish: () => socket.write(body.slice(half)) }
}

describe('the server process (npm start)', () => {
  it('starts on an empty embedded folder, locks it, survives a restart and stops gracefully', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'reglages-fc-process-')), '.data')
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'trace' }
    const first = await startServerProcess(env)
    // The first start created the database, the demo tenants and a private key, and said so.
    expect(first.output()).toContain('clé de chiffrement des secrets créée')
    expect(first.output()).toContain('espaces de démonstration créés')
    expect(statSync(join(dataDir, 'secrets.key')).mode & 0o777).toBe(0o600)

    // A second process on the same folder exits at once, saying why.
    const second = await runToEnd(['server/main.ts'], { ...env, PORT: '0' })
    expect(second.code).toBe(1)
    expect(second.output).toContain('est déjà utilisé par un autre processus')

    // A save in flight when SIGTERM arrives is finished, then the process exits.
    const secret = `secret-${issuedClientId()}`
    const body = JSON.stringify({
      ...enableBody(issuedClientId(), secret),
      connectionText: 'Gardé',
    })
    const put = halfSentPut(first.url, '/api/tenants/portaildesaides/france-connect', body)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const stopped = first.stop('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    put.finish()
    expect(await put.answer).toBe('HTTP/1.1 200 OK')
    expect(await stopped).toBe(0)

    const restarted = await startServerProcess(env)
    const response = await fetch(settingsUrl(restarted.url, 'portaildesaides'))
    expect(response.headers.get('etag')).toBe('"r2"')
    expect(await response.json()).toMatchObject({
      connectionText: 'Gardé',
      enabled: true,
      clientSecretConfigured: true,
    })
    // Nothing seeded twice: the demo tenants are still the four of the first start.
    expect(restarted.output()).not.toContain('espaces de démonstration créés')
    // A demo tenant's journal tells how its settings (two saves) and its onboarding (three)
    // came to be, ending with its settings' last change.
    const demo = (await (await fetch(settingsUrl(restarted.url, 'mairie-exemple'))).json()) as {
      updatedAt: string
      updatedBy: string
    }
    const journal = (await (
      await fetch(`${settingsUrl(restarted.url, 'mairie-exemple').href}/history`)
    ).json()) as { total: number; items: { at: string; actor: { name: string } }[] }
    expect(journal.total).toBe(5)
    expect(journal.items[0]).toMatchObject({ at: demo.updatedAt, actor: { name: demo.updatedBy } })
    const onboarding = await fetch(
      `${settingsUrl(restarted.url, 'mairie-exemple').href}/onboarding`,
    )
    expect(onboarding.headers.get('etag')).toBe('"o3"')
    expect(await onboarding.json()).toMatchObject({
      datapass: { state: 'validated', siret: '21750001600019' },
      production: { state: 'accepte', stateSince: { by: 'Alex Dupont' } },
    })
    expect(await restarted.stop()).toBe(0)

    const logs = first.output() + restarted.output()
    expect(logs).toContain('réglages enregistrés')
    expect(logs).not.toContain(secret)
    const pgData = readFileSync(join(dataDir, 'pgdata', 'PG_VERSION'), 'utf8')
    expect(pgData.trim()).toMatch(/^\d+$/)
    rmSync(join(dataDir, '..'), { recursive: true, force: true })
  })

  it('refuses to start where it would be unsafe, saying why', async () => {
    const exposed = await runToEnd(['server/main.ts'], {
      HOST: '0.0.0.0',
      DATA_DIR: '/nonexistent',
    })
    expect(exposed.code).toBe(1)
    expect(exposed.output).toContain('refuse d’écouter sur 0.0.0.0')
    const keyless = await runToEnd(['server/main.ts'], { DATABASE_URL: inject('postgresUrl') })
    expect(keyless.code).toBe(1)
    expect(keyless.output).toContain('aucune clé de chiffrement des secrets')
  })
})
