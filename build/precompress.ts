// Build only: a .br and a .gz beside each compressible built file, once, at build time.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { COMPRESSIBLE, writeCompressed } from './compress.ts'

export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true }))
        // The shells are compressed as they are written (build/prerender.ts), maybe right now.
        .filter((file) => COMPRESSIBLE.test(file) && !file.startsWith('shells'))
        .map((file) => join(outDir, file))
      await Promise.all(
        files.map(async (path) => {
          const body = await readFile(path)
          if (body.length >= 1024) await writeCompressed(path, body)
        }),
      )
    },
  }
}
