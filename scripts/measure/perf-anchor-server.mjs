// npm run perf's static server for the anchor (scripts/measure/anchor): its build served compressed, as
// the reference server serves ours, so that both are measured alike.
import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.ico'])

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * The anchor's build on 127.0.0.1: compressed once at start (brotli 11 and gzip 9, as the
 * reference server's build does), index.html for any other path, hashed assets cached for good.
 */
export function serveAnchor(directory) {
  const files = new Map()
  for (const path of filesUnder(directory)) {
    const body = readFileSync(path)
    const type = extname(path)
    const compress = COMPRESSIBLE.has(type) && body.length >= 1024
    files.set(`/${relative(directory, path).split(sep).join('/')}`, {
      type: CONTENT_TYPES[type] ?? 'application/octet-stream',
      body,
      br: compress
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : null,
      gzip: compress ? gzipSync(body, { level: 9 }) : null,
    })
  }
  const server = createServer((request, response) => {
    const { pathname: path } = new URL(request.url, 'http://localhost')
    const file = files.get(path) ?? files.get('/index.html')
    const accepted = request.headers['accept-encoding'] ?? ''
    const encoding =
      file.br && /\bbr\b/.test(accepted)
        ? 'br'
        : file.gzip && /\bgzip\b/.test(accepted)
          ? 'gzip'
          : null
    const body = encoding ? file[encoding] : file.body
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        stop: () => new Promise((done) => server.close(done)),
      })
    })
  })
}
