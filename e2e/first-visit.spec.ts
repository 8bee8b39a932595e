import type { Page } from '@playwright/test'
import { MARIANNE_CLASS, MARIANNE_STORAGE_KEY } from '../src/lib/first-visit-names'
import { expect, test } from './support/fixtures'

// The first visit on a slow phone, as the reference server serves it (the mock API has no
// shells and sends no early requests): a 4× slower processor and a slow network, so that
// the order of things shows. What Lighthouse measures is in `npm run perf`; this checks, on
// every run, what those figures rest on.

/** What the page records of its own load (in the page, as `window.firstVisit`). */
interface FirstVisit {
  shifts: string[]
  paints: { time: number; text: string }[]
  /** The title as the HTML brought it, before any of the app's code ran. */
  shellTitle?: Element | null
}

async function slowPhone(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 100 * 1024,
    uploadThroughput: 100 * 1024,
  })
  await firstVisitor(page)
  await recordLoad(page)
}

/**
 * A first visit's browser: nothing remembered of Marianne (the server's journeys start from a
 * signed-in state saved by a page that may have cached it). Only the tab's first load forgets.
 */
async function firstVisitor(page: Page) {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('premier-chargement')) return
    sessionStorage.setItem('premier-chargement', 'fait')
    localStorage.removeItem(key)
  }, MARIANNE_STORAGE_KEY)
}

/** Records, at each load, the layout shifts and the largest paints (`window.firstVisit`). */
async function recordLoad(page: Page) {
  await page.addInitScript(() => {
    const seen: FirstVisit = { shifts: [], paints: [] }
    Object.assign(window, { firstVisit: seen })
    document.addEventListener('DOMContentLoaded', () => {
      seen.shellTitle = document.querySelector('h1')
    })
    const nodeName = (node: Node | null) =>
      node instanceof Element
        ? `${node.localName}.${[...node.classList].join('.')} « ${node.textContent.slice(0, 40)} »`
        : `${node?.nodeName ?? '?'} « ${(node?.textContent ?? '').slice(0, 40)} »`
    type Shift = PerformanceEntry & {
      value: number
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        for (const { node, previousRect, currentRect } of entry.sources) {
          seen.shifts.push(
            `${entry.value.toFixed(5)} ${nodeName(node)} ${JSON.stringify(previousRect)} → ${JSON.stringify(currentRect)}`,
          )
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
        seen.paints.push({ time: entry.startTime, text: entry.element?.textContent ?? '' })
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
}

/** What the page measured, and when each of its resources ended (by path). */
async function measures(page: Page) {
  return page.evaluate(() => {
    const { shifts, paints, shellTitle } = (window as unknown as { firstVisit: FirstVisit })
      .firstVisit
    // Hydrated, the shell's elements are the page's: the same title, not one drawn anew.
    const titleKept = shellTitle !== null && document.querySelector('h1') === shellTitle
    const resources = performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .map(({ name, startTime, responseEnd }) => ({
        path: new URL(name).pathname,
        startTime,
        responseEnd,
      }))
    // Marked by the app's code as it starts (src/app/boot.tsx).
    const appStart = performance.getEntriesByName('reglages:app-start')[0]?.startTime ?? null
    return { shifts, paints, resources, appStart, titleKept }
  })
}

/** When the page's title was painted as its largest element (Infinity if never). */
function titlePaint(paints: FirstVisit['paints'], title: string): number {
  return paints.find(({ text }) => text === title)?.time ?? Infinity
}

/** The font the page's text is set in, and whether it uses Marianne (src/lib/marianne.ts). */
async function typeface(page: Page) {
  return page.evaluate(
    (marianneClass) => ({
      body: getComputedStyle(document.body).fontFamily,
      marianne: document.documentElement.classList.contains(marianneClass),
    }),
    MARIANNE_CLASS,
  )
}

test(
  'the tab is painted from its shell, hydrated, asks for its data early, and nothing moves',
  { tag: '@reference-server' },
  async ({ page, tab, configuredTenant }) => {
    await slowPhone(page)
    await tab.goto(configuredTenant)
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeVisible()
    const { shifts, paints, resources, appStart, titleKept } = await measures(page)

    expect(shifts).toEqual([])
    expect(titleKept).toBe(true)
    // The shell paints its title, the largest element then, before the app's code has started.
    // (The shell is drawn only once its footer has arrived, see src/app/styles.css: a header
    // drawn from half of the HTML moved once the rest came. Later, on a wide screen, a longer
    // paragraph of the form may paint larger.)
    expect(appStart).not.toBeNull()
    expect(titlePaint(paints, 'Intégration FranceConnect')).toBeLessThan(appStart ?? 0)
    // The settings were asked for before the app's code started (by the early script), and
    // asked for once: the app took that request's answer.
    const settings = resources.filter(({ path }) =>
      path.endsWith(`/api/tenants/${configuredTenant}/france-connect`),
    )
    expect(settings).toHaveLength(1)
    expect(settings[0]?.startTime).toBeLessThan(appStart ?? 0)
  },
)

test(
  'the overview is painted from its shell, hydrated, asks for its data early, and nothing moves',
  { tag: '@reference-server' },
  async ({ page }) => {
    await slowPhone(page)
    await page.goto('')
    await expect(page.getByRole('table')).toBeVisible()
    const { shifts, paints, resources, appStart, titleKept } = await measures(page)

    expect(shifts).toEqual([])
    expect(titleKept).toBe(true)
    expect(appStart).not.toBeNull()
    expect(titlePaint(paints, 'Vue d’ensemble des espaces')).toBeLessThan(appStart ?? 0)
    // Its first page was asked for by the early script, once: the page took that answer.
    const firstPage = resources.filter(({ path }) => path.endsWith('/api/tenants'))
    expect(firstPage).toHaveLength(1)
    expect(firstPage[0]?.startTime).toBeLessThan(appStart ?? 0)
  },
)

test(
  'Marianne: a first visit paints without waiting for it, the next one uses it, nothing moves',
  { tag: '@reference-server' },
  async ({ page, tab, configuredTenant }) => {
    await firstVisitor(page)
    await recordLoad(page)
    await tab.goto(configuredTenant)
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeVisible()
    expect(await typeface(page)).toEqual({ body: 'arial, sans-serif', marianne: false })
    // Once the page is done, its faces are fetched for the next one, without being used here.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), MARIANNE_STORAGE_KEY))
      .toBe('1')
    const first = await measures(page)
    const fonts = first.resources.filter(({ path }) => path.endsWith('.woff2'))
    expect(fonts.map(({ path }) => /Marianne-(\w+)-/.exec(path)?.[1]).sort()).toEqual([
      'Bold',
      'Medium',
      'Regular',
    ])
    for (const font of fonts)
      expect(font.startTime).toBeGreaterThan(first.paints[0]?.time ?? Infinity)
    expect(await typeface(page)).toEqual({ body: 'arial, sans-serif', marianne: false })
    expect(first.shifts).toEqual([])

    await page.reload()
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeVisible()
    expect(await typeface(page)).toEqual({ body: 'Marianne, arial, sans-serif', marianne: true })
    expect(await page.evaluate(() => document.fonts.check('700 1rem Marianne'))).toBe(true)
    expect((await measures(page)).shifts).toEqual([])
  },
)
