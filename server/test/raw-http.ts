import { connect } from 'node:net'

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * One request written byte for byte on a socket, as an attacker's tool would send it: the
 * request target is not normalised (percent-encoding, dot segments, absolute form stay as
 * given), which neither fetch nor Fastify's inject allow.
 */
export function rawRequest(
  address: { host: string; port: number },
  request: { method: string; target: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const headers: Record<string, string> = {
    host: `${address.host}:${address.port}`,
    connection: 'close',
    ...request.headers,
  }
  if (request.body !== undefined) {
    headers['content-length'] = String(Buffer.byteLength(request.body))
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  return new Promise((resolve, reject) => {
    const socket = connect(address.port, address.host)
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [top = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = top.split('\r\n')
      const status = Number(statusLine.split(' ')[1])
      const parsed: Record<string, string> = {}
      for (const line of lines) {
        const index = line.indexOf(':')
        parsed[line.slice(0, index).trim().toLowerCase()] = line.slice(index + 1).trim()
      }
      resolve({ status, headers: parsed, body: rest.join('\r\n\r\n') })
    })
    socket.write(`${request.method} ${request.target} HTTP/1.1\r\n${head}\r\n${request.body ?? ''}`)
  })
}
