import purgeCss from '@fullhuman/postcss-purgecss'
import type { AcceptedPlugin, AtRule } from 'postcss'

/**
 * DSFR declares every Marianne and Spectral face, in woff2 and woff: the app declares its own
 * (src/app/fonts.css), only the weights it uses, woff2 only.
 */
const dropDsfrFontFaces: AcceptedPlugin = {
  postcssPlugin: 'drop-dsfr-font-faces',
  AtRule: {
    'font-face': (rule: AtRule) => {
      if (rule.source?.input.file?.includes('@gouvfr/dsfr')) rule.remove()
    },
  },
}

/**
 * In production builds, only the DSFR rules the app's markup uses ship: class names are read
 * from the sources, which therefore always spell them whole (never `fr-alert--${type}`).
 */
const purgeUnusedRules = purgeCss({
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  defaultExtractor: (content: string) => content.match(/[\w-]+(?:--[\w-]+)?/g) ?? [],
  safelist: {
    standard: [/^fc-/],
    greedy: [/data-fr-theme/, /data-fr-scheme/],
  },
  // Variables are pruned once every stylesheet is built, across all of them
  // (css-variables.ts): one declared here is often read only by another stylesheet.
  variables: false,
  keyframes: true,
  fontFace: false,
})

/** The stylesheets' PostCSS plugins: the purge in production builds only. */
export const postcssPlugins = (production: boolean): AcceptedPlugin[] => [
  dropDsfrFontFaces,
  ...(production ? [purgeUnusedRules] : []),
]
