import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import type { OnboardingPolicy } from '../config'
import { recordLastTest } from '../db/connection-tests-repository'
import type { Database } from '../db/database'
import { appendJournal } from '../db/journal-repository'
import { insertTenant, NEW_TENANT_SETTINGS } from '../db/tenants-repository'
import { buildApp } from '../http/app'
import type { ProbePolicy } from '../franceconnect/probe-policy'
import type { StaticFiles } from '../http/static-files'
import { loggerOptions } from '../log'
import type { Keyring } from '../secrets/keyring'
import { newKeyring } from './databases'

export interface TestApp {
  app: FastifyInstance
  keyring: Keyring
  /** Every log line the app wrote, at every level. */
  logs: string[]
  close(): Promise<void>
}

/** The server's app over a test database, logging everything (trace) into memory. */
export async function testApp(
  db: Database,
  {
    keyring = newKeyring(),
    files = new Map(),
    probePolicy,
    clock,
    onboarding,
  }: {
    keyring?: Keyring
    files?: StaticFiles
    probePolicy?: ProbePolicy
    clock?: () => Date
    onboarding?: OnboardingPolicy
  } = {},
): Promise<TestApp> {
  const logs: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'))
      done()
    },
  })
  const logger = pino(loggerOptions('trace'), sink)
  const app = await buildApp({
    db,
    keyring,
    logger,
    files,
    defaultTenant: 'portaildesaides',
    ...(probePolicy ? { probePolicy } : {}),
    ...(clock ? { clock } : {}),
    ...(onboarding ? { onboarding } : {}),
  })
  return { app, keyring, logs, close: () => app.close() }
}

/** A new tenant, never configured, with a unique id. */
export async function addTenant(db: Database, prefix = 'espace'): Promise<string> {
  const id = `${prefix}-${crypto.randomUUID().slice(0, 8)}`
  await db.transaction((tx) =>
    insertTenant(
      tx,
      { id, name: `Espace ${id}`, portalBaseUrl: `https://${id}.example.fr` },
      NEW_TENANT_SETTINGS,
    ),
  )
  return id
}

/** A client ID in the format FranceConnect issues, different on every call. */
export const issuedClientId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')

/** The PUT body that turns FranceConnect on with a new key. */
export function enableBody(clientId = issuedClientId(), secret = `secret-${issuedClientId()}`) {
  return {
    enabled: true,
    buttonVariant: 'FCboutons-10',
    connectionText: 'Connectez-vous avec FranceConnect.',
    clientId,
    environmentUrl: 'https://app.franceconnect.gouv.fr',
    previewBackground: '#FFFFFF',
    clientSecret: secret,
  }
}

/**
 * What a connection test writes of its result, beside the settings and in the journal, without
 * reaching FranceConnect (a test cannot reach the production environment).
 */
export async function recordConnectionTest(
  db: Database,
  tenantId: string,
  {
    at,
    by = 'Camille Martin',
    outcome = 'passed',
  }: {
    at: Date
    by?: string
    outcome?: 'passed' | 'failed'
  },
) {
  await db.transaction(async (tx) => {
    await recordLastTest(tx, tenantId, outcome, at)
    await appendJournal(tx, {
      tenantId,
      at,
      author: { name: by, subject: null },
      kind: 'connection-tested',
      revision: null,
      changes: [],
      connectionTest: {
        id: crypto.randomUUID(),
        outcome,
        failedChecks: outcome === 'passed' ? [] : ['token'],
      },
    })
  })
}
