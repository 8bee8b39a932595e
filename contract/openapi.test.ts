import { Validator } from '@seriousme/openapi-schema-validator'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildOpenApiDocument } from './openapi'

const committed = async () =>
  JSON.parse(await readFile(resolve('public/openapi.json'), 'utf8')) as unknown

describe('the OpenAPI document', () => {
  it('is the one the zod schemas generate (run `npm run openapi` after changing them)', async () => {
    expect(await committed()).toEqual(buildOpenApiDocument())
  })

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const result = await validator.validate(buildOpenApiDocument())
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('never lets a secret out: responses have no clientSecret, requests mark it write-only', () => {
    const { schemas } = buildOpenApiDocument().components
    expect(schemas.FranceConnectSettings).not.toHaveProperty(['properties', 'clientSecret'])
    expect(schemas.FranceConnectSettingsInput).toHaveProperty(
      ['properties', 'clientSecret', 'writeOnly'],
      true,
    )
  })
})
