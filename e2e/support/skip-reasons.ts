import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Prints, at the end of a run, why the skipped journeys were skipped: each reason once, with
 * how many journeys it skipped (the list reporter shows only that they were).
 */
export default class SkipReasons implements Reporter {
  private readonly reasons = new Map<string, number>()

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== 'skipped') return
    // A skip decided while the journey runs is in its result's annotations, a static one in the test's.
    const reason =
      [...result.annotations, ...test.annotations].find((annotation) => annotation.type === 'skip')
        ?.description || 'no reason given'
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1)
  }

  onEnd() {
    if (this.reasons.size === 0) return
    console.log('\nSkipped journeys, by reason:')
    for (const [reason, count] of [...this.reasons].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${String(count).padStart(3)}  ${reason}`)
    }
  }

  printsToStdio() {
    return false
  }
}
