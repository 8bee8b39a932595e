import purgeCss from '@fullhuman/postcss-purgecss'

/**
 * DSFR declares every Marianne and Spectral face, in woff2 and woff: the app declares its own
 * (src/app/fonts.css), only the weights it uses, woff2 only.
 */
const dropDsfrFontFaces = {
  postcssPlugin: 'drop-dsfr-font-faces',
  AtRule: {
    'font-face': (rule) => {
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
  defaultExtractor: (content) => content.match(/[\w-]+(?:--[\w-]+)?/g) ?? [],
  safelist: {
    standard: [/^fc-/],
    greedy: [/data-fr-theme/, /data-fr-scheme/],
    // Set by components, read by the core's rules (lists, links, spacing): a stylesheet loaded
    // later (a lazy screen's) sets them without reading them, and must keep them.
    variables: [
      /^--(ul|ol|xl|li)-/,
      /^--underline-/,
      /^--(text|title|display)-spacing$/,
      '--external-link-content',
      '--text-decoration',
    ],
  },
  variables: true,
  keyframes: true,
  fontFace: false,
})

export default {
  plugins: [
    dropDsfrFontFaces,
    ...(process.env.NODE_ENV === 'production' ? [purgeUnusedRules] : []),
  ],
}
