// The app's entry: a few lines, so that the browser paints the page's shell (the server sent
// it drawn: see src/shell.tsx) before the app's code, long to run on a phone, starts. That code
// is imported once the shell is painted, and the page's first requests are already sent
// (src/early.ts, imported first).
import './app/styles.css'
import './early'
import { afterNextPaint, yieldToBrowser } from './lib/yield'

const root = document.getElementById('root')
if (root) {
  await afterNextPaint()
  // The libraries, the app's own code, then its start: shorter tasks rather than a long one.
  await import('react')
  await yieldToBrowser()
  const { boot } = await import('./app/boot')
  await yieldToBrowser()
  await boot(root)
}
