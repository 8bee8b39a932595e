import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy… and waitFor wait this long: enough on a 2-core machine busy with npm test's other
// lanes (lint, server tests) while a whole tab is drawn in turns; a pass never waits for it.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
})
