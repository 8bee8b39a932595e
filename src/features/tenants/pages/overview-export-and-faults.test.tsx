// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFaults, server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

const problem = (status: number, body: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { status, title: `Erreur ${status}`, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

/** What the page offered to download: the file's name and its bytes as text. */
interface Download {
  name: string
  content: string
}

const objectUrls: unknown[] = ['createObjectURL', 'revokeObjectURL'].map(
  (name) => Reflect.get(URL, name) as unknown,
)

function captureDownloads(): Download[] {
  const downloads: Download[] = []
  const blobs = new Map<string, Blob>()
  // The test DOM does not download: the blobs behind the links are kept, and read when clicked.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: (url: string) => blobs.delete(url),
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (!blob) throw new Error(`No blob behind ${this.href}`)
    void blob.arrayBuffer().then((bytes) => {
      downloads.push({
        name: this.download,
        content: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      })
    })
  })
  return downloads
}

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})
afterEach(() => {
  window.history.replaceState(null, '', '/')
  Object.assign(URL, { createObjectURL: objectUrls[0], revokeObjectURL: objectUrls[1] })
})

describe('the tenants overview’s export', () => {
  it('downloads every tenant the filters keep, all pages, as CSV', async () => {
    const downloads = captureDownloads()
    const requested: URL[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.headers.get('Accept')?.includes('text/csv')) requested.push(new URL(request.url))
    })
    const { user } = renderApp('/?q=ville&page=2&sort=id')
    await screen.findByRole('table', { name: /page 2 sur 2/ }, { timeout: 8_000 })

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }))
    expect(await screen.findByText('Fichier CSV téléchargé : 22 espaces.')).toBeVisible()
    expect(requested.map((url) => url.search)).toEqual(['?q=ville&sort=id'])

    await waitFor(() => expect(downloads).toHaveLength(1))
    const [download] = downloads
    expect(download?.name).toMatch(/^espaces-franceconnect-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = download?.content.split('\r\n') ?? []
    expect(lines[0]).toBe(
      '\uFEFFIdentifiant;Nom;FranceConnect;Environnement;Secret enregistré;Dernier test de connexion;Dernière modification;Mise en service;À traiter',
    )
    expect(lines.filter(Boolean)).toHaveLength(23)
    expect(lines[1]).toMatch(/^ville-aubagne;Ville de Aubagne;activé;/)
    expect(lines[1]).toMatch(/;activé sans secret$/)
  })

  it('says so when the export fails, next to its button', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/tenants`, ({ request }) =>
        request.headers.get('Accept')?.includes('text/csv')
          ? problem(503, { detail: 'Export indisponible pour le moment.' })
          : undefined,
      ),
    )
    const { user } = renderApp('/')
    await screen.findByRole('table', { name: /^Espaces usagers/ }, { timeout: 8_000 })
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('L’export CSV a échoué')
    expect(alert).toHaveTextContent('Export indisponible pour le moment.')
  })
})

describe('the root address against other backends', () => {
  it('leads to the default tenant’s tab when the backend has no overview (before 1.5)', async () => {
    mockFaults.select('contract-1.0')
    renderApp('/')
    await waitFor(() => {
      expect(window.location.pathname).toBe('/tenants/portaildesaides/france-connect')
    })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Intégration FranceConnect' }),
    ).toBeVisible()
  })

  it('offers to sign in again when the session has expired', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/tenants`, () =>
        problem(401, { title: 'Session expirée', signInUrl: '/auth/login' }),
      ),
    )
    renderApp('/?q=gap')
    const alert = await screen.findByRole('alert', {}, { timeout: 8_000 })
    expect(alert).toHaveTextContent('Votre session a expiré')
    expect(screen.getByRole('button', { name: 'Se reconnecter' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument()
  })

  it('retries a failed load when asked', async () => {
    let failures = 0
    server.use(
      http.get(`${TEST_API_BASE_URL}/tenants`, () => {
        failures += 1
        return failures <= 3 ? problem(500) : undefined
      }),
    )
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert', {}, { timeout: 8_000 })
    expect(alert).toHaveTextContent('Impossible de charger la liste des espaces')
    await user.click(screen.getByRole('button', { name: 'Réessayer' }))
    expect(
      await screen.findByRole('table', { name: /^Espaces usagers/ }, { timeout: 8_000 }),
    ).toBeVisible()
  })
})
