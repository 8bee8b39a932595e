// What the journeys check or set on a page, apart from the fixtures: where a secret must never
// be, and the app's configuration served with a shorter request timeout.
import { expect, type Page } from '@playwright/test'

interface Witnesses {
  consoleMessages: string[]
  responseBodies: string[]
}

/**
 * The secret must be nowhere a user, an extension or a log could read it: the page
 * (markup and field values), storage, URLs, console, and every response received.
 */
export async function expectSecretNowhere(page: Page, secret: string, witnesses: Witnesses) {
  expect(await page.content()).not.toContain(secret)
  const fieldValues = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea'), (field) =>
      field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '',
    ).join('\n'),
  )
  expect(fieldValues).not.toContain(secret)
  const storage = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  )
  expect(storage).not.toContain(secret)
  expect(page.url()).not.toContain(secret)
  expect(witnesses.consoleMessages.join('\n')).not.toContain(secret)
  expect(witnesses.responseBodies.length).toBeGreaterThan(0)
  expect(witnesses.responseBodies.join('\n')).not.toContain(secret)
}

/** Serves the app's config.json with a shorter request timeout (first load, before the mock starts). */
export async function withRequestTimeout(page: Page, requestTimeoutMs: number) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch()
    const config = (await response.json()) as Record<string, unknown>
    await route.fulfill({ response, json: { ...config, requestTimeoutMs } })
  })
}
