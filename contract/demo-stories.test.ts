import { describe, expect, it } from 'vitest'
import { demoSettingsJournal } from './demo-stories'
import { demoTowns, seedTenants } from './demo-tenants'

const records = Object.values({ ...seedTenants(), ...demoTowns() })

describe('the demo tenants’ journals', () => {
  it('end with the change their « Dernière modification » names, at its revision', () => {
    for (const record of records) {
      const [newest] = demoSettingsJournal(record)
      if (record.settings.updatedAt === null) {
        expect(demoSettingsJournal(record), record.tenant.id).toEqual([])
        continue
      }
      expect(newest, record.tenant.id).toMatchObject({
        at: record.settings.updatedAt,
        actor: { name: record.settings.updatedBy },
        revision: record.revision,
        kind: 'settings-saved',
      })
    }
  })

  it('tell a tenant in production: its key saved by a colleague, then switched on', () => {
    const mairie = seedTenants()['mairie-exemple']
    if (!mairie) throw new Error('mairie-exemple is a demo tenant')
    const [switchedOn, keySaved] = demoSettingsJournal(mairie)
    expect(switchedOn?.changes).toEqual([{ field: 'enabled', before: false, after: true }])
    expect(keySaved).toMatchObject({ actor: { name: 'Alex Dupont' }, revision: 6 })
    expect(keySaved?.changes).toEqual(
      expect.arrayContaining([
        { field: 'clientId', before: '', after: mairie.settings.clientId },
        { field: 'clientSecret', change: 'set' },
      ]),
    )
    expect(keySaved && switchedOn && keySaved.at < switchedOn.at).toBe(true)
  })

  it('replay, oldest first, into the settings each version holds', () => {
    for (const record of records) {
      const journal = demoSettingsJournal(record)
      for (const [index, entry] of journal.entries()) {
        const older = journal[index + 1]
        for (const change of entry.changes) {
          if ('change' in change) continue
          const before = older?.values?.[change.field as keyof NonNullable<typeof entry.values>]
          if (older) expect(change.before).toEqual(before ?? null)
          expect(
            entry.values?.[change.field as keyof NonNullable<typeof entry.values>] ?? null,
          ).toEqual(change.after)
        }
      }
    }
  })
})
