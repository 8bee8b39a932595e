import purgeCss from '@fullhuman/postcss-purgecss'

/**
 * In production builds, only the DSFR rules the app's markup uses ship: class names are read
 * from the sources, which therefore always spell them whole (never `fr-alert--${type}`).
 */
export default {
  plugins:
    process.env.NODE_ENV === 'production'
      ? [
          purgeCss({
            content: ['./index.html', './src/**/*.{ts,tsx}'],
            defaultExtractor: (content) => content.match(/[\w-]+(?:--[\w-]+)?/g) ?? [],
            safelist: {
              standard: [/^fc-/],
              greedy: [/data-fr-theme/, /data-fr-scheme/],
            },
            variables: true,
            keyframes: true,
            fontFace: false,
          }),
        ]
      : [],
}
