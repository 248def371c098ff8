// Runs the emulator from a shell: prints one JSON line {url, port, tokens} on stdout, appends
// every answered request to --log FILE as a JSON line, stops on SIGTERM/SIGINT.
//   node __tests__/emulator/cli.mjs [--port N] [--log FILE] [--token T]
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from './server.mjs'

const { values } = parseArgs({
  options: { port: { type: 'string' }, log: { type: 'string' }, token: { type: 'string' } }
})
const emu = await startEmulator({
  port: values.port ? Number(values.port) : 0,
  domains: {
    'my-domain': { owner: '111122223333', repositories: ['my-repo'], token: values.token }
  }
})
let flushed = 0
function flush() {
  if (!values.log) return
  let lines = ''
  while (flushed < emu.requests.length && emu.requests[flushed].status !== 0) {
    lines += JSON.stringify(emu.requests[flushed++]) + '\n'
  }
  if (lines) fs.appendFileSync(values.log, lines)
}
const timer = setInterval(flush, 100)
process.stdout.write(
  JSON.stringify({
    url: emu.url,
    port: emu.port,
    tokens: { 'my-domain': emu.tokenFor('my-domain') }
  }) + '\n'
)
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.once(sig, async () => {
    clearInterval(timer)
    flush()
    await emu.stop()
    process.exit(0)
  })
}
