import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy… and waitFor wait this long: enough on a busy 2-core machine, still quick to fail.
configure({ asyncUtilTimeout: 4_000 })

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
