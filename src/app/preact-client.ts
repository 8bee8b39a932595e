// The build's `react-dom/client` (see preact-aliases.mjs): preact/compat's createRoot, except
// that the first render into a container holding the page's shell (src/shell.tsx) keeps the
// shell's elements and patches them, instead of emptying the container and drawing everything
// again: the header, the notices and the title stay where they are, and only what differs is
// laid out anew.
import { render, type ComponentChild } from 'preact'
import { unmountComponentAtNode } from 'preact/compat'

export function createRoot(container: Element) {
  return {
    render(children: ComponentChild) {
      render(children, container)
    },
    unmount() {
      unmountComponentAtNode(container)
    },
  }
}

export default { createRoot }
