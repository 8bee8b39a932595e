import { spawn } from 'node:child_process'
import { startServerProcess as startProcess } from '../../scripts/support/server-process.mjs'

const ROOT = new URL('../../', import.meta.url).pathname

export interface ServerProcess {
  url: string
  output(): string
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** `npm start`'s server process, on a free port; resolves once it answers. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const server = startProcess(env)
  return { url: await server.url, output: server.output, stop: server.stop }
}

/** A process of the server or one of its commands, run to its end. */
export async function runToEnd(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, output }
}
