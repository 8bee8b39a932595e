import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy… and waitFor wait this long: enough on a 2-core machine busy with npm test's other
// lanes (lint, server tests) while a whole tab is drawn in turns; a pass never waits for it.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
})

// jsdom has no modal dialogs: open and close them the way browsers do, minus the top layer.
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open')
    },
  })
}
