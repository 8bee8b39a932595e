import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { compileHints } from './compile-hints.mjs'
import { contentSecurityPolicy } from './csp.mjs'
import { pruneCssVariables } from './css-variables.mjs'
import { firstVisit, marianneInDevelopment } from './first-visit.mjs'
import { precompress } from './scripts/precompress.mjs'

// BASE_PATH lets the app live under a sub-path (e.g. /admin/france-connect/); it must end with "/".
export default defineConfig(() => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    firstVisit(),
    marianneInDevelopment(),
    pruneCssVariables(),
    compileHints(),
    precompress(),
  ],
  resolve: {
    alias: [
      // The mock API's cookie jar needs one function of this 256 KB list (see the stand-in).
      {
        find: 'tldts',
        replacement: fileURLToPath(new URL('./src/mocks/vendor/tldts-lite.ts', import.meta.url)),
      },
    ],
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // A section loaded on demand brings its own styles, but no link tags for the chunks it
    // imports: Vite's helper added them in the effects that draw the tab, about 24 ms of main
    // thread after the first paint with the CPU 4× slower, for files the section's import
    // fetches a moment later anyway. In Lighthouse's mobile runs side by side, the tab's median
    // TBT went from 128 to 90 ms.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'js' ? deps.filter((dep) => dep.endsWith('.css')) : deps,
    },
  },
}))
