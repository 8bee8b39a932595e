// Runs npm scripts side by side (the machine's cores are few, the checks independent),
// prints each one's output whole, and fails if any fails.
import { spawn } from 'node:child_process'

const scripts = process.argv.slice(2)
const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', script], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let output = ''
        child.stdout.on('data', (chunk) => (output += chunk))
        child.stderr.on('data', (chunk) => (output += chunk))
        child.on('close', (code) => resolve({ script, code, output }))
      }),
  ),
)
for (const { script, code, output } of results) {
  console.log(`── ${script} : ${code === 0 ? 'OK' : `ÉCHEC (code ${code})`}`)
  if (output.trim()) console.log(output.trimEnd())
}
process.exit(results.some(({ code }) => code !== 0) ? 1 : 0)
