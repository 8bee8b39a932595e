import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { contentSecurityPolicy } from './csp.mjs'
import { precompress } from './scripts/precompress.mjs'

// BASE_PATH lets the app live under a sub-path (e.g. /admin/france-connect/); it must end with "/".
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), precompress()],
  resolve: {
    // The mock API's cookie jar needs one function of this 256 KB list (see the stand-in).
    alias: { tldts: fileURLToPath(new URL('./src/mocks/vendor/tldts-lite.ts', import.meta.url)) },
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
})
