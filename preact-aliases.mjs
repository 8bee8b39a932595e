import { fileURLToPath } from 'node:url'

// The app is written against React's API and runs on Preact (preact/compat): the same
// components, a tenth of the runtime to download and parse on a first visit.
export const preactAliases = [
  // Keeps the server's shell of the page (see the file).
  {
    find: /^react-dom\/client$/,
    replacement: fileURLToPath(new URL('./src/app/preact-client.ts', import.meta.url)),
  },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
]
