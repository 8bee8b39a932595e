import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import type { FastifyReply, FastifyRequest } from 'fastify'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

interface StaticFile {
  type: string
  etag: string
  /** Hashed file names under assets/ never change: cached for a year. */
  immutable: boolean
  identity: Buffer
  gzip?: Buffer
  br?: Buffer
}

export type StaticFiles = Map<string, StaticFile>

/** Every file under a folder (none when it does not exist). */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * The built tab, read once into memory with the .br and .gz forms the build wrote beside its
 * files: a few hundred kilobytes, served without touching the disk or compressing anything.
 * Empty when the tab is not built.
 */
export async function loadStaticFiles(distDir: string): Promise<StaticFiles> {
  const files: StaticFiles = new Map()
  const paths = await filesUnder(distDir)
  const present = new Set(paths)
  const sibling = (path: string) => (present.has(path) ? readFile(path) : undefined)
  for (const path of paths) {
    if (path.endsWith('.br') || path.endsWith('.gz')) continue
    const identity = await readFile(path)
    const [br, gzip] = await Promise.all([sibling(`${path}.br`), sibling(`${path}.gz`)])
    const urlPath = `/${relative(distDir, path).split(sep).join('/')}`
    files.set(urlPath, {
      type: TYPES[extname(path)] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
      immutable: urlPath.startsWith('/assets/'),
      identity,
      ...(br ? { br } : {}),
      ...(gzip ? { gzip } : {}),
    })
  }
  return files
}

function preferredEncoding(request: FastifyRequest, file: StaticFile): 'br' | 'gzip' | null {
  const accepted = request.headers['accept-encoding'] ?? ''
  if (file.br && /\bbr\b/.test(accepted)) return 'br'
  if (file.gzip && /\bgzip\b/.test(accepted)) return 'gzip'
  return null
}

/** Sends one file, compressed if the browser accepts it, with its validator and cache policy. */
export function sendStaticFile(request: FastifyRequest, reply: FastifyReply, file: StaticFile) {
  reply
    .header('Content-Type', file.type)
    .header('ETag', file.etag)
    .header('Vary', 'Accept-Encoding')
    .header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send()
  const encoding = preferredEncoding(request, file)
  if (encoding) reply.header('Content-Encoding', encoding)
  return reply.send(encoding ? file[encoding] : file.identity)
}
