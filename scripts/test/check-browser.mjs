// Fails early, in plain words, when no Chromium can run the Playwright journeys.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { journeyChromium } from '../support/chromium-path.mjs'

const executable = journeyChromium() ?? chromium.executablePath()
if (!existsSync(executable)) {
  console.error(`Aucun Chromium utilisable pour les tests Playwright (cherché : ${executable}).
Installez-en un, au choix :
  - celui du système (Debian/Ubuntu) : sudo apt-get install chromium-headless-shell (ou chromium)
  - celui de Playwright : npx playwright install chromium
  - ou indiquez le chemin d’un Chromium existant : CHROMIUM_PATH=/chemin/vers/chromium npm test`)
  process.exit(1)
}
console.log(`Chromium des tests : ${executable}`)
