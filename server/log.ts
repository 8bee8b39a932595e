import { stdSerializers, type LoggerOptions } from 'pino'

interface LoggedRequest {
  method: string
  url: string
  host?: string
  ip?: string
}

/**
 * A request as logged: no headers, and no query string on the sign-in routes (the provider's
 * callback carries an authorization code there).
 */
export function serializeRequest(request: LoggedRequest) {
  const url = request.url.startsWith('/auth/') ? (request.url.split('?')[0] ?? '') : request.url
  return { method: request.method, url, host: request.host, remoteAddress: request.ip }
}

/**
 * An error as logged: a database driver's error carries the statement's parameters (what a
 * person typed, a sealed secret), which never reach a log line.
 */
export function serializeError(error: Error) {
  const {
    params: _params,
    parameters: _parameters,
    ...rest
  } = stdSerializers.err(error) as Record<string, unknown>
  return rest
}

/**
 * JSON logs (pino). Whatever a line carries, secrets, cookies and credentials are masked
 * before it is written, at every level; request bodies are never logged.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'reglages-franceconnect' },
    serializers: { req: serializeRequest, err: serializeError },
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
