import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { assertSafeToListen, type ServerConfig } from './config'
import type { Database } from './db/database'
import { migrate } from './db/migrate'
import { openDatabase } from './db/open'
import { seedDemoTenants } from './db/seed'
import { BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { createOidcClient } from './auth/oidc'
import { probePolicy } from './franceconnect/probe-policy'
import { buildApp } from './http/app'
import { loadStaticFiles } from './http/static-files'
import type { Keyring } from './secrets/keyring'
import { keyringForDatabase } from './secrets/keyring-for-database'

export interface RunningServer {
  app: FastifyInstance
  db: Database
  keyring: Keyring
  /** Where it listens, e.g. http://127.0.0.1:8080/ */
  url: string
  /** Stops accepting requests, lets those in flight finish, then closes the database. */
  close(): Promise<void>
}

export async function startServer(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  assertSafeToListen(config)
  const { db, created } = await openDatabase(config, logger)
  try {
    const applied = await migrate(db)
    if (applied.length > 0) logger.info({ versions: applied }, 'migrations appliquées')
    const { keyring, generatedFile, looseFiles, unreadable } = await keyringForDatabase(db, config)
    if (generatedFile) {
      logger.warn(
        { file: generatedFile },
        `clé de chiffrement des secrets créée dans ${generatedFile} (lisible par son seul propriétaire) : ` +
          'sauvegardez-la à part, sans elle les secrets enregistrés sont perdus ; en production, ' +
          'fournissez SECRETS_KEY ou SECRETS_KEY_FILE',
      )
    }
    for (const file of looseFiles) {
      logger.warn(
        { file },
        `le fichier de clé ${file} est lisible par d’autres que son propriétaire : chmod 600`,
      )
    }
    if (unreadable > 0) {
      logger.warn(
        { unreadable },
        `${unreadable} secret(s) chiffré(s) avec une clé absente de la configuration : ` +
          'ajoutez-la en SECRETS_PREVIOUS_KEYS, ou voyez « npm run secrets -- status »',
      )
    }
    if (config.seedDemo ?? created) {
      const seeded = await seedDemoTenants(db, keyring)
      if (seeded.length > 0) logger.info({ tenants: seeded }, 'espaces de démonstration créés')
    }
    const files = await loadStaticFiles(config.distDir)
    if (!files.has('/index.html')) {
      logger.warn({ distDir: config.distDir }, 'onglet non construit : seule l’API est servie')
    }
    const app = await buildApp({
      db,
      keyring,
      logger,
      files,
      defaultTenant: config.defaultTenant,
      trustProxy: config.trustProxy,
      auth: config.oidc
        ? { kind: 'oidc', publicUrl: config.oidc.publicUrl, oidc: createOidcClient(config.oidc) }
        : { kind: 'local' },
      sessionPolicy: config.sessions,
      probePolicy: probePolicy(BUILT_IN_ENVIRONMENTS, config.franceConnectAllowedHosts),
      onboarding: config.onboarding,
    })
    if (!config.oidc) {
      logger.warn(
        'mode local : aucune connexion n’est demandée, le serveur n’écoute que sur une adresse locale',
      )
    }
    const address = await app.listen({ host: config.host, port: config.port })
    const url = `${address.replace('[::1]', '[::1]')}/`
    return {
      app,
      db,
      keyring,
      url,
      async close() {
        try {
          await app.close()
        } finally {
          await db.close()
        }
      },
    }
  } catch (error) {
    await db.close()
    throw error
  }
}
