import type { FastifyInstance } from 'fastify'
import { matchRoute } from '#contract/app-routes'
import { buildOpenApiDocument } from '#contract/openapi'
import { resolvePrincipal, type GuardOptions } from './auth-guard'
import { notFoundProblem, sendProblem } from './problem-replies'
import { sendStaticFile, type StaticFiles } from './static-files'

export interface FrameOptions {
  files: StaticFiles
  defaultTenant: string
  guard: GuardOptions
}

/** Pages anyone may open: the contrast bench holds no tenant's data. */
const PUBLIC_PAGES = new Set(['/preview'])

/**
 * What surrounds the API: the built tab (any unknown path without an extension gets
 * index.html, for deep links), its runtime configuration and the OpenAPI document.
 */
export function frameRoutes(app: FastifyInstance, { files, defaultTenant, guard }: FrameOptions) {
  const runtimeConfig = JSON.stringify({ apiBaseUrl: 'api', mockApi: false, defaultTenant })
  const openApi = JSON.stringify(buildOpenApiDocument())

  app.get('/config.json', (_request, reply) =>
    reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(runtimeConfig),
  )
  app.get('/openapi.json', (_request, reply) =>
    reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(openApi),
  )

  app.get('/*', async (request, reply) => {
    const path = pathOf(request.url)
    if (path === '/api' || path.startsWith('/api/')) {
      return sendProblem(reply, notFoundProblem(path))
    }
    const file = files.get(path)
    if (file) return sendStaticFile(request, reply, file)
    const index = files.get('/index.html')
    if (!index) {
      return sendProblem(reply, {
        status: 503,
        title: 'Onglet non construit',
        detail: 'Construisez l’application (npm run build) ou lancez-la avec npm start.',
      })
    }
    // A path without a file extension is one of the tab's own pages (a deep link).
    if (/\.[a-z0-9]+$/i.test(path)) return sendProblem(reply, notFoundProblem(path))
    if (guard.mode.kind === 'oidc' && !PUBLIC_PAGES.has(path)) {
      // Signed out, a page sends the browser to sign in, and back here afterwards.
      if (!(await resolvePrincipal(guard, request))) {
        const returnTo = encodeURIComponent(request.url)
        return reply
          .header('Cache-Control', 'no-store')
          .redirect(`/auth/login?returnTo=${returnTo}`, 303)
      }
    }
    return sendStaticFile(
      request,
      reply,
      shellOf(files, path, guard.mode.kind === 'local') ?? index,
    )
  })

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, notFoundProblem(pathOf(request.url))),
  )
}

/**
 * The page's shell (build/prerender.ts): index.html with the page's frame and title already
 * drawn, and the local mode's notice in that mode. None for the pages without one.
 */
function shellOf(files: StaticFiles, path: string, local: boolean) {
  const route = matchRoute(path.replace(/^\/+|\/+$/g, ''))
  if (route.name !== 'root' && route.name !== 'france-connect') return undefined
  return files.get(`/shells/${route.name}${local ? '.local' : ''}.html`)
}

function pathOf(url: string): string {
  const { pathname } = new URL(url, 'http://server')
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
