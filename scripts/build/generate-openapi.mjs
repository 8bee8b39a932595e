// Writes public/openapi.json from the zod schemas (through Vite, which reads the TypeScript).
import { writeFile } from 'node:fs/promises'
import { runnerImport } from 'vite'

const { module } = await runnerImport('/contract/openapi.ts')
const document = module.buildOpenApiDocument()
await writeFile(
  new URL('../../public/openapi.json', import.meta.url),
  `${JSON.stringify(document, null, 2)}\n`,
)
console.log('public/openapi.json écrit.')
