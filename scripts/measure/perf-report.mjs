// npm run perf's reading of Lighthouse's reports: a run's figures, a row from several runs,
// and the table printed.

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** What the table needs of one Lighthouse report. */
export function summary(report) {
  const audit = (id) => report.audits[id]
  const bytes = Object.fromEntries(
    audit('resource-summary').details.items.map((item) => [item.resourceType, item.transferSize]),
  )
  return {
    scores: Object.fromEntries(
      Object.entries(report.categories).map(([id, category]) => [id, category.score]),
    ),
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    scriptsAndStyles: (bytes.script ?? 0) + (bytes.stylesheet ?? 0),
    total: bytes.total ?? 0,
    error: report.runtimeError?.message,
    // Performance's weighted audits are the metrics of the table.
    toReview: Object.entries(report.categories).flatMap(([id, category]) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && id !== 'performance')
        .map((ref) => audit(ref.id))
        .filter((result) => result.score !== null && result.score < 1)
        .map((result) => `${id} : ${result.title}`),
    ),
    userAgent: report.environment?.hostUserAgent,
    // Lighthouse's measure of the machine's speed, taken at each run (higher is faster).
    benchmarkIndex: report.environment?.benchmarkIndex,
  }
}

/**
 * One row from a page's runs for a profile: each measure is its own median over the runs (a
 * run's figures vary together only loosely: one slow task can cost TBT and not LCP); the
 * weights and the other categories are those of the run of median performance score.
 */
export function combineRuns(page, profile, summaries) {
  const scores = summaries.map((s) => s.scores.performance ?? 0)
  const chosen = summaries[scores.indexOf(median(scores))] ?? { scores: {}, toReview: [] }
  const medianOf = (key) =>
    summaries.length > 0 ? median(summaries.map((s) => s[key])) : undefined
  return {
    page,
    profile,
    runs: summaries.length,
    spread: scores,
    tbtSpread: summaries.map((s) => s.tbt),
    ...chosen,
    scores: { ...chosen.scores, performance: summaries.length > 0 ? median(scores) : null },
    fcp: medianOf('fcp'),
    lcp: medianOf('lcp'),
    tbt: medianOf('tbt'),
    cls: medianOf('cls'),
    benchmarkIndexes: summaries.map((s) => s.benchmarkIndex),
  }
}

/**
 * The machine's speed during the runs, from Lighthouse's own measure: TBT, the sum of long
 * tasks, follows it closely, so a table is only read with it.
 */
export function machineSpeed(results) {
  const indexes = results
    .flatMap((r) => r.benchmarkIndexes)
    .filter((value) => typeof value === 'number')
  if (indexes.length === 0) return null
  return { min: Math.min(...indexes), median: median(indexes), max: Math.max(...indexes) }
}

const number = (value, digits = 0) =>
  typeof value === 'number'
    ? value.toLocaleString('fr-FR', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      })
    : '–'
const kilobytes = (value) => number(value / 1024, 1)

/** The table, in Markdown, one row per page and profile. */
export function printTable(results) {
  const headers = [
    'Page',
    'Profil',
    'Perf.',
    'FCP (ms)',
    'LCP (ms)',
    'TBT (ms)',
    'CLS',
    'JS+CSS (Ko)',
    'Total (Ko)',
    'Access.',
    'Bonnes prat.',
  ]
  const rows = results.map((r) => [
    r.page.name,
    r.profile === 'mobile' ? 'mobile' : 'ordinateur',
    number(r.scores.performance, 2) +
      (r.runs > 1
        ? ` (${number(Math.min(...r.spread), 2)}–${number(Math.max(...r.spread), 2)})`
        : ''),
    number(r.fcp),
    number(r.lcp),
    number(r.tbt) +
      (r.runs > 1
        ? ` (${number(Math.min(...r.tbtSpread))}–${number(Math.max(...r.tbtSpread))})`
        : ''),
    number(r.cls, 3),
    kilobytes(r.scriptsAndStyles),
    kilobytes(r.total),
    number(r.scores.accessibility, 2),
    number(r.scores['best-practices'], 2),
  ])
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column].length)),
  )
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`
  console.log(line(headers))
  console.log(
    `|${widths.map((width, column) => (column < 2 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  )
  for (const row of rows) console.log(line(row))
}
