// The one compressor of the build: brotli at its best quality and gzip 9, written beside each
// file (`x.js.br`, `x.js.gz`), so that servers send them as they are, never compressing per
// request (server/http/static-files.ts reads them; so does the anchor's server).
import { writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Files worth compressing, by name. */
export const COMPRESSIBLE = /\.(?:js|css|html|svg|json|webmanifest|ico)$/

/** Writes `${path}.br` and `${path}.gz` for `body`. */
export async function writeCompressed(path: string, body: Buffer | string): Promise<void> {
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzipAsync(body, { level: 9 }),
  ])
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)])
}
