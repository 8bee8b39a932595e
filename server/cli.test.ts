import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { runToEnd, startServerProcess } from './test/process'

// Apart from process.test.ts: each spends its time on processes of its own, side by side.
// Eight command runs, each a process opening the database: beside the other server tests
// on two cores, more than the suite's 90 s.
describe('the command line (npm run tenants, admins, secrets)', () => {
  it('manages tenants and rights, and rotates the key, from the command line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reglages-fc-cli-'))
    cpSync(inject('pgliteTemplate'), dataDir, { recursive: true })
    const env = { DATA_DIR: dataDir, SEED_DEMO: '1' }
    const added = await runToEnd(
      [
        'server/cli/tenants.ts',
        'add',
        'mairie-de-test',
        '--name',
        'Mairie de Test',
        '--portal-url',
        'https://mairie-test.example.fr',
      ],
      env,
    )
    expect(added).toMatchObject({ code: 0 })
    expect(added.output).toContain('Espace « mairie-de-test » créé')
    const refused = await runToEnd(
      ['server/cli/tenants.ts', 'add', 'Mairie', '--name', 'x', '--portal-url', 'https://x.fr'],
      env,
    )
    expect(refused.code).toBe(2)
    expect(refused.output).toContain('Identifiant « Mairie » refusé')

    // The server seeds the demo tenants (SEED_DEMO=1) with sealed secrets; then the key turns.
    const server = await startServerProcess(env)
    await server.stop()
    const rotated = await runToEnd(['server/cli/secrets.ts', 'rotate'], env)
    expect(rotated.code).toBe(0)
    expect(rotated.output).toMatch(/Nouvelle clé [0-9a-f]{16} .* 3 secret\(s\) rechiffré\(s\)/)
    const status = await runToEnd(['server/cli/secrets.ts', 'status'], env)
    const current = /Clé courante : ([0-9a-f]{16})/.exec(status.output)?.[1]
    expect(status.output).toContain(`${current} (courante) : 3 secret(s)`)

    // The key lost for good: the server refuses to start, the command says what it would erase.
    rmSync(join(dataDir, 'secrets.key'))
    rmSync(join(dataDir, 'secrets.key.previous'))
    const refusedStart = await runToEnd(['server/main.ts'], { ...env, PORT: '0' })
    expect(refusedStart.code).toBe(1)
    expect(refusedStart.output).toContain('secrets.key est absent')
    const dryRun = await runToEnd(['server/cli/secrets.ts', 'forget-unreadable'], env)
    expect(dryRun.output).toContain('3 secret(s) qu’aucune clé fournie n’ouvre')
    expect(dryRun.output).toContain('relancez avec --yes')
    const forgotten = await runToEnd(['server/cli/secrets.ts', 'forget-unreadable', '--yes'], env)
    expect(forgotten).toMatchObject({ code: 0 })
    expect(forgotten.output).toContain('3 secret(s) illisible(s) effacé(s)')
    const emptied = await runToEnd(['server/cli/secrets.ts', 'status'], env)
    expect(emptied.output).toContain('Aucun secret enregistré.')

    const granted = await runToEnd(
      ['server/cli/admins.ts', 'grant', 'Alice.Martin@Mairie.fr', 'mairie-de-test'],
      env,
    )
    expect(granted.output).toContain('peut configurer l’espace « mairie-de-test »')
    const grants = await runToEnd(['server/cli/admins.ts', 'list'], env)
    expect(grants.output).toMatch(/^alice\.martin@mairie\.fr\tmairie-de-test\t/m)
    expect((await runToEnd(['server/cli/admins.ts', 'grant', 'x', 'inconnu'], env)).code).toBe(2)

    const listed = await runToEnd(['server/cli/tenants.ts', 'list', '--json'], env)
    const tenants = JSON.parse(listed.output) as { id: string; secret: string }[]
    expect(tenants.map((tenant) => tenant.id)).toEqual([
      'ancien-portail',
      'mairie-de-test',
      'mairie-exemple',
      'portaildesaides',
      'recette-exemple',
    ])
    rmSync(dataDir, { recursive: true, force: true })
  }, 180_000)
})
