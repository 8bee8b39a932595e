import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect } from '@playwright/test'
import { expectUniqueNames } from '../pages/qa-names'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only violations are reported: axe skips the detail of what passes, a third of its time.
  resultTypes: ['violations'],
}

/**
 * axe-core, WCAG 2.1 A and AA rules, on the page as it is now. The button previews are left
 * out: they show on purpose how a button would fail on a background the designer tries.
 * axe is put in a document once and run there (the app has no frame): a check costs what
 * axe's rules cost, not a new copy of axe and a blank page each time.
 */
export async function expectNoAxeViolations(page: Page, state: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: { run: (...args: unknown[]) => Promise<AxeResults> }
    }
    const results = await axe.run({ exclude: [['.fc-preview-stage']] }, options)
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    )
  }, OPTIONS)
  expect(violations, `axe-core, ${state}`).toEqual([])
}

/**
 * Everything each state the journeys reach must satisfy: axe-core finds no WCAG 2.1 A or AA
 * violation, and every name QA relies on designates one control at most.
 */
export async function expectSoundState(page: Page, state: string) {
  await expectNoAxeViolations(page, state)
  await expectUniqueNames(page, state)
}
