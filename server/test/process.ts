import { spawn, type ChildProcess } from 'node:child_process'

const ROOT = new URL('../../', import.meta.url).pathname

export interface ServerProcess {
  child: ChildProcess
  url: string
  output(): string
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** `npm start`'s server process, on a free port; resolves once it serves. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const { child, output, exited } = run(['server/main.ts'], { PORT: '0', ...env })
  // Generous: a first start on an empty folder, beside the other checks of npm test.
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output()}`)), 60_000)
    const check = () => {
      const match = /est servi sur (http:\/\/[^ "]+)/.exec(output())
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', check)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}):\n${output()}`))
    })
  })
  return {
    child,
    url,
    output,
    stop(signal = 'SIGTERM') {
      child.kill(signal)
      return exited
    },
  }
}

/** A process of the server or one of its commands, run to its end. */
export async function runToEnd(args: string[], env: Record<string, string>) {
  const { output, exited } = run(args, env)
  const code = await exited
  return { code, output: output() }
}
