import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The defaults of a Vite + React project, as react-dsfr's Vite guide sets it up.
export default defineConfig({
  plugins: [react()],
  publicDir: 'public',
})
