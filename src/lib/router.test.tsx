// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { navigate, useNavigationBlocker, usePathname, type NavigationBlocker } from './router'

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

/** The router's blocker in a component, the way a form with unsaved changes uses it. */
function guarded(active: boolean, onBlock: NavigationBlocker) {
  return renderHook(
    ({ on }) => {
      useNavigationBlocker(on, onBlock)
      return usePathname()
    },
    { initialProps: { on: active } },
  )
}

const popTo = async (path: string) => {
  // What the browser does on « Précédent » : the address changes, then popstate.
  window.history.pushState(null, '', path)
  await act(async () => {
    window.dispatchEvent(new PopStateEvent('popstate'))
    await Promise.resolve()
  })
}

describe('the navigation blocker', () => {
  it('lets every navigation through while inactive', () => {
    const onBlock = vi.fn(() => true)
    const { result } = guarded(false, onBlock)
    act(() => navigate('tenants/x/france-connect'))
    expect(result.current).toBe('/tenants/x/france-connect')
    expect(onBlock).not.toHaveBeenCalled()
  })

  it('holds an in-app navigation until the person confirms, then goes there', () => {
    let proceed = () => {}
    const onBlock = vi.fn((confirm: () => void) => {
      proceed = confirm
      return true
    })
    const { result } = guarded(true, onBlock)
    act(() => navigate('tenants/x/france-connect'))
    expect(onBlock).toHaveBeenCalledTimes(1)
    expect(result.current).toBe('/')
    act(() => proceed())
    expect(result.current).toBe('/tenants/x/france-connect')
    // Confirmed once: the guard is released, the next navigation goes at once.
    act(() => navigate(''))
    expect(onBlock).toHaveBeenCalledTimes(1)
    expect(result.current).toBe('/')
  })

  it('lets a navigation through when the blocker declines to hold it', () => {
    const { result } = guarded(true, () => false)
    act(() => navigate('tenants/y/france-connect'))
    expect(result.current).toBe('/tenants/y/france-connect')
  })

  it('brings the browser back on « Précédent » and asks, staying on the page until confirmed', async () => {
    const onBlock = vi.fn(() => true)
    const { result, rerender } = guarded(false, onBlock)
    act(() => navigate('tenants/x/france-connect'))
    rerender({ on: true })
    await popTo('/')
    expect(onBlock).toHaveBeenCalledTimes(1)
    expect(window.location.pathname).toBe('/tenants/x/france-connect')
    expect(result.current).toBe('/tenants/x/france-connect')
  })

  it('asks the browser’s own confirmation before leaving the app, only while active', () => {
    const { rerender } = guarded(true, () => true)
    const leaving = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(leaving)
    expect(leaving.defaultPrevented).toBe(true)
    rerender({ on: false })
    const leavingLater = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(leavingLater)
    expect(leavingLater.defaultPrevented).toBe(false)
  })
})
