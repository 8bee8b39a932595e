import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { MARIANNE_CLASS, MARIANNE_SCRIPT, MARIANNE_STORAGE_KEY } from './first-visit-names'
import { cacheMarianne } from './marianne'

function face(family: string, load = vi.fn(() => Promise.resolve())) {
  return { family, load }
}

function page(classes: string[] = []) {
  return { classList: { contains: (name: string) => classes.includes(name) } }
}

describe('Marianne, once in the cache', () => {
  it('fetches the declared Marianne faces, and only them, then remembers it', async () => {
    const regular = face('Marianne')
    const bold = face('"Marianne"')
    const other = face('Spectral')
    const storage = { setItem: vi.fn() }
    await cacheMarianne(page(), [regular, bold, other], storage)
    expect(regular.load).toHaveBeenCalledOnce()
    expect(bold.load).toHaveBeenCalledOnce()
    expect(other.load).not.toHaveBeenCalled()
    expect(storage.setItem).toHaveBeenCalledWith(MARIANNE_STORAGE_KEY, '1')
  })

  it('does nothing on a page that already uses Marianne', async () => {
    const regular = face('Marianne')
    const storage = { setItem: vi.fn() }
    await cacheMarianne(page([MARIANNE_CLASS]), [regular], storage)
    expect(regular.load).not.toHaveBeenCalled()
    expect(storage.setItem).not.toHaveBeenCalled()
  })

  it('remembers nothing when a face could not be fetched, and does not throw', async () => {
    const regular = face('Marianne')
    const bold = face(
      'Marianne',
      vi.fn(() => Promise.reject(new Error('offline'))),
    )
    const storage = { setItem: vi.fn() }
    await expect(cacheMarianne(page(), [regular, bold], storage)).resolves.toBeUndefined()
    expect(storage.setItem).not.toHaveBeenCalled()
  })

  it('the script run before the first paint sets the class only when remembered', () => {
    const run = (stored: string | null, storageThrows = false) => {
      const added: string[] = []
      const localStorage = {
        getItem: (key: string) => {
          if (storageThrows) throw new Error('storage refused')
          return key === MARIANNE_STORAGE_KEY ? stored : null
        },
      }
      const document = {
        documentElement: { classList: { add: (name: string) => added.push(name) } },
      }
      runInNewContext(MARIANNE_SCRIPT, { localStorage, document })
      return added
    }
    expect(run('1')).toEqual([MARIANNE_CLASS])
    expect(run(null)).toEqual([])
    expect(run('1', true)).toEqual([])
  })
})
