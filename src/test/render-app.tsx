import { Routes } from '../app/routes'
import { renderWithProviders } from './render-tab'

/** Renders the whole app at `path` (e.g. "/?page=2") against the mock API, without retry delays. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path)
  return renderWithProviders(<Routes />)
}
