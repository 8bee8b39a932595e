import { MARIANNE_STORAGE_KEY } from '../src/lib/first-visit-names'
import { isHeadlessShell } from '../scripts/support/chromium-path.mjs'
import { expect, test } from './support/fixtures'
import { ContrastBench } from './pages/contrast-bench'

/**
 * The buttons as designers see them: a change in their rendering shows up in review.
 * Baselines live in e2e/__screenshots__ (`npx playwright test contrast-bench-visual --update-snapshots`),
 * made in Chromium's headless shell (Debian's chromium-headless-shell, or Playwright's own): the
 * full browser, headless, places text a pixel apart here and there, which fails every one.
 */
const presets = [
  ['blanc', 'Blanc'],
  ['gris-dsfr', 'Gris DSFR'],
  ['bleu-france', 'Bleu France'],
  ['fond-sombre', 'Fond sombre'],
] as const

test(
  'the bench on each preset, in both themes, looks as reviewed',
  { tag: '@mock' },
  async ({ page }, testInfo) => {
    const executable = testInfo.project.use.launchOptions?.executablePath
    test.skip(
      executable !== undefined && !isHeadlessShell(executable),
      `baselines are made in Chromium's headless shell, not in ${executable ?? ''}`,
    )
    const bench = new ContrastBench(page)
    // A first visit is drawn in the fallback font (src/lib/marianne.ts). The bench is reviewed as
    // a later visit shows it, with Marianne: remembered as in the cache, its faces loaded and
    // added again (`font-display: optional` may otherwise keep the fallback font).
    await page.addInitScript((key) => localStorage.setItem(key, '1'), MARIANNE_STORAGE_KEY)
    await bench.gotoPreview()
    await page.evaluate(async () => {
      const faces = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSFontFaceRule)
        .map(
          (rule) =>
            new FontFace(
              rule.style.getPropertyValue('font-family'),
              rule.style.getPropertyValue('src'),
              {
                weight: rule.style.getPropertyValue('font-weight'),
              },
            ),
        )
      for (const face of await Promise.all(faces.map((face) => face.load())))
        document.fonts.add(face)
    })
    await page.evaluate(() => document.fonts.ready)
    for (const [theme, themeName] of [
      ['clair', 'Thème clair'],
      ['sombre', 'Thème sombre'],
    ] as const) {
      await bench.theme(themeName).check()
      for (const [name, preset] of presets) {
        await test.step(`${name}, thème ${theme}`, async () => {
          await bench.preset(preset).click()
          await expect(page.locator('.fc-bench')).toHaveScreenshot(`bench-${name}-${theme}.png`)
        })
      }
    }
  },
)
