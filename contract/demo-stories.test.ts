import { describe, expect, it } from 'vitest'
import { demoJournal, demoOnboarding, demoSettingsJournal } from './demo-stories'
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

describe('the demo tenants’ onboarding', () => {
  it('tells several steps of the procedure, each state dated by the entry that typed it', () => {
    const seed = seedTenants()
    const towns = Object.values(demoTowns())
    const stories = [
      ...Object.values(seed).map((record) => demoOnboarding(record)),
      ...towns.map((record, index) => demoOnboarding(record, index)),
    ]
    const steps = new Set(
      stories.map((story) =>
        story ? `${story.input.datapass.state}/${story.input.production.state}` : 'none',
      ),
    )
    expect(steps.size).toBeGreaterThanOrEqual(5)
    for (const story of stories) {
      if (!story) continue
      for (const section of ['datapass', 'production'] as const) {
        const since = story.since[section]
        if (story.input[section].state === 'not_filed') {
          expect(since).toBeNull()
          continue
        }
        const typed = story.entries.find((entry) =>
          entry.changes.some((change) => change.field === `${section}.state`),
        )
        expect(since).toEqual({ at: typed?.at, by: typed?.actor.name })
      }
    }
    const start = seed.portaildesaides
    if (!start) throw new Error('portaildesaides is a demo tenant')
    expect(demoOnboarding(start)).toBeNull()
  })

  it('merges into one journal, newest first, mairie-exemple ending with its « Dernière modification »', () => {
    const mairie = seedTenants()['mairie-exemple']
    if (!mairie) throw new Error('mairie-exemple is a demo tenant')
    const journal = demoJournal(mairie)
    expect(journal.map((entry) => entry.at)).toEqual(
      journal.map((entry) => entry.at).sort((a, b) => b.localeCompare(a)),
    )
    expect(journal[0]).toMatchObject({
      at: mairie.settings.updatedAt,
      actor: { name: 'Camille Martin' },
    })
    expect(journal.filter((entry) => entry.kind === 'onboarding-saved')).toHaveLength(3)
    expect(journal.at(-1)?.changes).toContainEqual({
      field: 'datapass.state',
      before: 'not_filed',
      after: 'submitted',
    })
  })
})
