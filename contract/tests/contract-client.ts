import { Ajv2020 } from 'ajv/dist/2020.js'
import { expect } from 'vitest'
import addFormats from 'ajv-formats'
import { buildOpenApiDocument } from '../openapi'

/** Where the contract runs: a real backend (API_BASE_URL) or the mock API. */
export const contractBase = (process.env.API_BASE_URL ?? 'http://localhost/api').replace(/\/+$/, '')
export const againstRealBackend = Boolean(process.env.API_BASE_URL)
/** A tenant the suite may write to: on a real backend, a dedicated test tenant. */
export const contractTenant = process.env.CONTRACT_TENANT ?? 'portaildesaides'

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema({ $id: 'openapi', components: buildOpenApiDocument().components })

/** Checks a body against a schema of the OpenAPI document; returns the errors, if any. */
export function documentErrors(schemaName: string, body: unknown): string[] {
  const validate = ajv.getSchema(`openapi#/components/schemas/${schemaName}`)
  if (!validate) throw new Error(`No schema ${schemaName} in the OpenAPI document`)
  return validate(body)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}

export interface ContractResponse {
  status: number
  headers: Headers
  body: unknown
  text: string
}

/** One HTTP exchange, as raw as a backend team would see it. */
export async function exchange(
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ContractResponse> {
  const auth = process.env.API_AUTHORIZATION
  const response = await fetch(`${contractBase}${path}`, {
    method,
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(auth ? { Authorization: auth } : {}),
      ...headers,
    },
    body: body === undefined ? null : JSON.stringify(body),
  })
  // As sent: a byte order mark, if any, is kept (`Response.text()` would drop it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  let parsed: unknown = undefined
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = undefined
  }
  return { status: response.status, headers: response.headers, body: parsed, text }
}

/** A problem+json answer with this status, in the documented shape. */
export function expectProblem(
  response: { status: number; headers: Headers; body: unknown },
  status: number,
) {
  expect(response.status).toBe(status)
  expect(response.headers.get('Content-Type')).toContain('application/problem+json')
  expect(documentErrors(status === 422 ? 'ValidationProblem' : 'Problem', response.body)).toEqual(
    [],
  )
  expect(response.body).toMatchObject({ status })
}
