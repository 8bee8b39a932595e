import { describe, expect, it } from 'vitest'
import { whyNotHere, type Run } from './where'

const run = (target: Run['target'], extra: Partial<Run> = {}): Run => ({
  target,
  mockApi: target === 'mock',
  withReferenceServer: true,
  ...extra,
})
const plays = (tag: string, on: Run) => whyNotHere([tag], on) === null

describe('where a journey runs', () => {
  it('plays each journey once when the run has the mock API and the reference server', () => {
    expect(
      ['@backend', '@mock', '@reference-server'].map((tag) => plays(tag, run('mock'))),
    ).toEqual([false, true, false])
    expect(
      ['@backend', '@mock', '@reference-server'].map((tag) => plays(tag, run('server'))),
    ).toEqual([true, false, true])
  })

  it('plays the journeys through the backend on the mock API when it is the only backend', () => {
    expect(plays('@backend', run('mock', { withReferenceServer: false }))).toBe(true)
  })

  it('plays only what the contract promises on a deployed app, and the mock’s if it has it', () => {
    const deployed = run('deployed', { withReferenceServer: false })
    expect(plays('@backend', deployed)).toBe(true)
    expect(whyNotHere(['@mock'], deployed)).toMatch(/E2E_MOCK_API=1/)
    expect(plays('@mock', { ...deployed, mockApi: true })).toBe(true)
    expect(whyNotHere(['@reference-server'], deployed)).toMatch(/reference server/)
  })

  it('refuses a journey that does not say where it runs, or says two places', () => {
    expect(() => whyNotHere([], run('mock'))).toThrow(/exactly one of .*none/)
    expect(() => whyNotHere(['@slow'], run('mock'))).toThrow(/none/)
    expect(() => whyNotHere(['@mock', '@backend'], run('server'))).toThrow(/@mock, @backend/)
  })
})
