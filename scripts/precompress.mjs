// Vite plugin: writes a .br and a .gz beside each compressible built file, once, at build time,
// so that the reference server serves them without compressing anything at start or per request.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const COMPRESSIBLE = /\.(?:js|css|html|svg|json)$/
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

async function files(directory) {
  const entries = await readdir(directory, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? files(join(directory, entry.name)) : [join(directory, entry.name)],
    ),
  )
  return nested.flat()
}

export function precompress() {
  let outDir = 'dist'
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      const targets = (await files(outDir)).filter((path) => COMPRESSIBLE.test(path))
      await Promise.all(
        targets.map(async (path) => {
          const body = await readFile(path)
          if (body.length < 1024) return
          const [br, gz] = await Promise.all([
            brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gzipAsync(body, { level: 9 }),
          ])
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)])
        }),
      )
    },
  }
}
