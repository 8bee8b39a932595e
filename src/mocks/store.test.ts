import { describe, expect, it } from 'vitest'
import { createMockStore, MOCK_STORAGE_KEY } from './store'

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  }
}

describe('mock store', () => {
  it('survives a reload through its storage and starts from the seed otherwise', () => {
    const storage = memoryStorage()
    const store = createMockStore({ storage })
    const record = store.get('portaildesaides')
    if (!record) throw new Error('seed is missing portaildesaides')
    store.put('portaildesaides', {
      ...record,
      revision: record.revision + 1,
      settings: { ...record.settings, clientId: 'f'.repeat(64), clientSecretConfigured: true },
    })

    expect(createMockStore({ storage }).get('portaildesaides')?.settings.clientId).toBe(
      'f'.repeat(64),
    )
    expect(createMockStore().get('portaildesaides')?.settings.clientId).toBe('')
  })

  it('falls back to the seed when its storage holds something unreadable', () => {
    const storage = memoryStorage()
    storage.setItem(
      MOCK_STORAGE_KEY,
      '{"tenants":{"portaildesaides":{"settings":{"clientSecret":"x"}}},"journals":{},"tests":{}}',
    )
    expect(createMockStore({ storage }).get('portaildesaides')?.revision).toBe(1)
  })
})

describe('the mock store’s demo', () => {
  it('seeds each demo tenant’s journal and onboarding from the demo stories, and keeps new ones', () => {
    const storage = memoryStorage()
    const store = createMockStore({ storage })
    expect(store.journal('mairie-exemple').map((entry) => entry.kind)).toEqual([
      'settings-saved',
      'settings-saved',
      'onboarding-saved',
      'onboarding-saved',
      'onboarding-saved',
    ])
    expect(store.journal('portaildesaides')).toEqual([])
    expect(store.onboarding('mairie-exemple').input.production.state).toBe('accepte')
    expect(store.onboarding('portaildesaides').revision).toBe(0)

    const recette = store.onboarding('recette-exemple')
    store.putOnboarding('recette-exemple', {
      ...recette,
      input: { ...recette.input, production: { ...recette.input.production, state: 'accepte' } },
      revision: recette.revision + 1,
    })
    const ids = new Set(
      store.all().flatMap((record) => store.journal(record.tenant.id).map((entry) => entry.id)),
    )
    expect(ids.size).toBe(store.all().reduce((n, r) => n + store.journal(r.tenant.id).length, 0))
    expect(createMockStore({ storage }).onboarding('recette-exemple').input.production.state).toBe(
      'accepte',
    )
  })
})
