/**
 * The tag (written as is in each journey: `{ tag: '@backend' }`) of a journey through the backend (save, reload, history, overview). In `npm test`
 * (E2E_EACH_ONCE=1), such a journey is played once, on the reference server, and not again on
 * the mock API (see playwright.config.ts): the mock's answers are held to the same contract by
 * the contract suite, and the tab's own behaviour by the mock's other journeys.
 * `npm run test:e2e` plays it on both.
 */
export const BACKEND_JOURNEY = '@backend'
