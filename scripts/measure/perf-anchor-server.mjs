// npm run perf's static server for the anchor (scripts/measure/anchor): its build compressed
// by the project's own compressor (build/compress.ts) and served as the reference server serves
// ours, so that both are measured alike. Run with tsx (it imports TypeScript).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { COMPRESSIBLE, writeCompressed } from '../../build/compress.ts'

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

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * The anchor's build on 127.0.0.1: compressed once at start (brotli 11 and gzip 9, as our
 * build is), index.html for any other path, hashed assets cached for good.
 */
export async function serveAnchor(directory) {
  const files = new Map()
  const sibling = (path) => (existsSync(path) ? readFileSync(path) : null)
  for (const path of filesUnder(directory)) {
    if (path.endsWith('.br') || path.endsWith('.gz')) continue
    const body = readFileSync(path)
    if (COMPRESSIBLE.test(path) && body.length >= 1024) await writeCompressed(path, body)
    files.set(`/${relative(directory, path).split(sep).join('/')}`, {
      type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      body,
      br: sibling(`${path}.br`),
      gzip: sibling(`${path}.gz`),
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
