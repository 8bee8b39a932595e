// Serves the production build as a deployment would: static files with the app's strict
// Content-Security-Policy and SPA fallback, config.json with the mock API off, and a small
// read-only API answering from the mock API's seed data. Used by `npm run perf`.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import { runnerImport } from 'vite'
import { contentSecurityPolicy } from '../csp.mjs'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
}

export async function serveBuilt(port = 0) {
  const dist = new URL('../dist/', import.meta.url).pathname
  const { module: seed } = await runnerImport('/src/mocks/seed.ts')
  const { module: catalogue } = await runnerImport('/src/features/france-connect/catalogue.ts')
  const tenants = seed.seedTenants()
  const config = { apiBaseUrl: 'api', mockApi: false, defaultTenant: 'portaildesaides' }

  function api(path) {
    if (path === '/api/france-connect/environments') return catalogue.BUILT_IN_ENVIRONMENTS
    const match = /^\/api\/tenants\/([^/]+)(\/france-connect)?$/.exec(path)
    const record = match && tenants[decodeURIComponent(match[1])]
    if (!record) return undefined
    return match[2] ? record.settings : record.tenant
  }

  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(),
      'Cache-Control': 'no-cache',
    }
    if (path.startsWith('/api/')) {
      const body = api(path)
      response.writeHead(body ? 200 : 404, {
        ...headers,
        'Content-Type': body ? 'application/json' : 'application/problem+json',
        ETag: '"r1"',
      })
      response.end(JSON.stringify(body ?? { status: 404, title: 'Introuvable' }))
      return
    }
    if (path === '/config.json') {
      response.writeHead(200, { ...headers, 'Content-Type': types['.json'] })
      response.end(JSON.stringify(config))
      return
    }
    let file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''))
    const found = await stat(file).catch(() => null)
    if (!found?.isFile()) file = join(dist, 'index.html')
    const immutable = file.includes('/assets/')
      ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
      : {}
    const type = types[extname(file)] ?? 'application/octet-stream'
    let body = await readFile(file)
    const compress =
      /text|javascript|json|svg/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '')
    if (compress) body = gzipSync(body)
    response.writeHead(200, {
      ...headers,
      ...immutable,
      'Content-Type': type,
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    })
    response.end(body)
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`,
    close: () => server.close(),
  }
}
