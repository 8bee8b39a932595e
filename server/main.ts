import { pino } from 'pino'
import { ConfigError, loadConfig } from './config'
import { DataDirBusyError } from './db/data-dir-lock'
import { loggerOptions } from './log'
import { startServer, type RunningServer } from './server'

// The reference server: `npm start`. Configuration from the environment (see the README).
const logger = pino(loggerOptions(process.env.LOG_LEVEL ?? 'info'))

function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataDirBusyError) {
    logger.fatal(error.message)
    process.stderr.write(`\n${error.message}\n\n`)
  } else {
    logger.fatal({ err: error }, 'le serveur n’a pas pu démarrer')
  }
  process.exit(1)
}

let server: RunningServer
try {
  const config = loadConfig()
  server = await startServer(config, logger.child({}, { level: config.logLevel }))
  logger.info(
    { url: server.url, storage: server.db.kind },
    `Réglages FranceConnect est servi sur ${server.url}`,
  )
} catch (error) {
  fail(error)
}

let stopping = false
async function shutdown(signal: string) {
  if (stopping) {
    logger.warn({ signal }, 'arrêt forcé')
    process.exit(1)
  }
  stopping = true
  logger.info({ signal }, 'arrêt : les requêtes en cours se terminent')
  try {
    await server.close()
    logger.info('arrêté')
    process.exit(0)
  } catch (error) {
    logger.error({ err: error }, 'arrêt incomplet')
    process.exit(1)
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
