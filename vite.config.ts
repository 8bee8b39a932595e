import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// BASE_PATH lets the app live under a sub-path (e.g. /admin/france-connect/); it must end with "/".
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
})
