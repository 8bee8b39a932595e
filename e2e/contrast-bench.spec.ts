import { expect, expectSoundState, test } from './support/fixtures'
import { ContrastBench } from './pages/contrast-bench'

test(
  'the bench measures both buttons, on their painted colours, and recommends in words and figures',
  { tag: '@mock' },
  async ({ page }) => {
    const bench = new ContrastBench(page)
    await bench.gotoPreview()
    await expect(bench.recommendation).toContainText('Recommandation (thème clair) : FCboutons-10.')
    await expect(bench.figures('FCboutons-10')).toContainText(
      'Bouton sur le fond (WCAG 1.4.11, 3:1 au moins)14,9:1 Conforme',
    )
    await expect(bench.figures('FCboutons-11')).toContainText('1,0:1 Insuffisant')

    await bench.preset('Bleu France').click()
    await expect(bench.recommendation).toContainText('FCboutons-11.')
    await expect(bench.recommendation).toContainText('FCboutons-10 se confond avec ce fond (1,0:1')
    await expect(bench.figures('FCboutons-11')).toContainText('14,9:1 Conforme')

    await bench.preset('Fond sombre').click()
    await bench.theme('Thème sombre').check()
    await expect(bench.recommendation).toContainText(
      'Recommandation (thème sombre) : FCboutons-10.',
    )
    await expectSoundState(page, 'contrast bench')
    // Each preview is a picture described in words: what it shows, on which background and theme.
    await expect(
      page.getByRole('img', {
        name: 'Aperçu de FCboutons-10 : le bouton « S’identifier avec FranceConnect » (fond #8585F6, texte #000091), la phrase qui l’accompagne et le lien « Qu’est-ce que FranceConnect ? », sur le fond #161616, thème sombre.',
      }),
    ).toBeVisible()
    await expect(
      page.getByRole('img', { name: /^Aperçu de FCboutons-11 .* #161616, thème sombre\.$/ }),
    ).toBeVisible()

    // The figures are computed on the colours the buttons are really painted with.
    const expected = {
      light: ['rgb(0, 0, 145)', 'rgb(245, 245, 254)', 'rgb(255, 255, 255)', 'rgb(0, 0, 145)'],
      dark: ['rgb(133, 133, 246)', 'rgb(0, 0, 145)', 'rgb(255, 255, 255)', 'rgb(0, 0, 145)'],
    }
    for (const theme of ['light', 'dark'] as const) {
      await bench.gotoPreview(theme === 'dark' ? '?theme=dark' : '')
      const painted = await page
        .locator('.fc-preview-stage .fr-connect')
        .evaluateAll((buttons) =>
          buttons.flatMap((button) => [
            getComputedStyle(button).backgroundColor,
            getComputedStyle(button).color,
          ]),
        )
      expect(painted).toEqual(expected[theme])
    }
  },
)

test(
  'the preview page needs no tenant, reads its address and keeps it in step',
  { tag: '@mock' },
  async ({ page }) => {
    const bench = new ContrastBench(page)
    await bench.gotoPreview('?background=%23000091&theme=dark')
    await expect(bench.background).toHaveValue('#000091')
    await expect(bench.theme('Thème sombre')).toBeChecked()

    await bench.preset('Gris DSFR').click()
    await expect(page).toHaveURL(/\/preview\?background=%23F6F6F6&theme=dark$/)
    await bench.theme('Thème clair').check()
    await expect(page).toHaveURL(/\/preview\?background=%23F6F6F6$/)

    await bench.background.fill('#12')
    await expect(bench.background).toHaveAccessibleDescription(/au format #RRGGBB ou #RGB/)
    await expect(bench.background).toHaveValue('#12')
    await expect(page).toHaveURL(/background=%23F6F6F6/)
    await bench.background.fill('#123')
    await expect(page).toHaveURL(/background=%23112233/)
  },
)

test.describe('in the tab', () => {
  test(
    'choosing FCboutons-11 where FCboutons-10 works needs an explicit confirmation',
    { tag: '@mock' },
    async ({ page, tab, configuredTenant }) => {
      const bench = new ContrastBench(page)
      await tab.goto(configuredTenant)
      await expect(bench.background).toHaveValue('#FFFFFF')
      await tab.variant('FCboutons-11').check()
      await expect(page.getByText('FCboutons-10 convient sur ce fond')).toBeVisible()
      await tab.save()

      await expect(tab.alert).toContainText(
        'Confirmation de FCboutons-11 : Confirmez le choix de FCboutons-11',
      )
      const confirmation = page.getByLabel(
        'Je confirme le choix de FCboutons-11 malgré un contraste suffisant de FCboutons-10',
      )
      await confirmation.check()
      await tab.save()
      await tab.expectSaved()

      await page.reload()
      await expect(tab.variant('FCboutons-11')).toBeChecked()
      // Saved with its background, the confirmed choice is not questioned again.
      await expect(page.getByText('FCboutons-10 convient sur ce fond')).toHaveCount(0)
      await expect(confirmation).toHaveCount(0)
    },
  )

  test(
    'the background is checked as typed, and the one used for the decision is saved',
    { tag: '@mock' },
    async ({ page, tab, configuredTenant }) => {
      const bench = new ContrastBench(page)
      await tab.goto(configuredTenant)
      await bench.background.fill('bleu')
      await expect(bench.background).toHaveAccessibleDescription(/au format #RRGGBB ou #RGB/)
      await tab.save()
      await expect(tab.alert).toContainText(
        'Couleur de fond du portail : Saisissez une couleur au format #RRGGBB',
      )
      await expect(bench.background).toHaveValue('bleu')
      await expect(page.getByRole('link', { name: /Ouvrir ce banc de contraste/ })).toHaveAttribute(
        'href',
        /preview\?background=%23FFFFFF&theme=light$/,
      )

      await bench.preset('Bleu France').click()
      await expect(bench.recommendation).toContainText('FCboutons-11.')
      await tab.variant('FCboutons-11').check()
      await expect(page.getByText('FCboutons-10 convient sur ce fond')).toHaveCount(0)
      await tab.save()
      await tab.expectSaved()

      await page.reload()
      await expect(bench.background).toHaveValue('#000091')
      await expect(tab.variant('FCboutons-11')).toBeChecked()
    },
  )
})
