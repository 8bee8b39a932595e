import type { LoggerOptions } from 'pino'

/**
 * JSON logs (pino). Whatever a line carries, secrets, cookies and credentials are masked
 * before it is written, at every level; request bodies are never logged.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'reglages-franceconnect' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["proxy-authorization"]',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers.cookie',
        'clientSecret',
        '*.clientSecret',
        '*.*.clientSecret',
        'client_secret',
        '*.client_secret',
        'secret',
        '*.secret',
        'body',
        '*.body',
        'key',
        '*.key',
      ],
      censor: '[masqué]',
    },
  }
}
