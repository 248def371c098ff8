/**
 * Runs a real package client as a child process, asynchronously: the
 * emulator answers from the test's own process, so a synchronous spawn would
 * block the event loop that serves the client's requests.
 */
import { spawn } from 'node:child_process'

/** What the client did. */
export interface ClientRun {
  status: number | null
  /** stdout and stderr, interleaved. */
  output: string
  stdout: string
}

/**
 * Spawns `command args` in `cwd` with exactly `env`, and resolves when it exits.
 * The child is killed after `timeoutMs` (default 40 000 ms).
 */
export async function runClient(
  command: string,
  args: string[],
  options: { cwd?: string; env: Record<string, string>; timeoutMs?: number }
): Promise<ClientRun> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 40000)
  try {
    // A missing program ('spawn x ENOENT') emits 'error' and never 'close': fail at once.
    return await new Promise<ClientRun>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (status) => resolve({ status, output, stdout }))
    })
  } finally {
    clearTimeout(timer)
  }
}

/** What the emulator logged, as far as attributing a request to a client needs. */
interface LoggedRequest {
  userAgent: string
  time: number
}

/**
 * The requests one client sent: its User-Agent starts with `product/version`
 * (`npm/10.9.9`, `Bun/1.2.23`, `pip/26.3` …) and they arrived at or after
 * `since` (epoch ms). Lets clients run side by side against one emulator, and
 * proves which client, at which version, made each request.
 */
export function requestsFrom<T extends LoggedRequest>(
  requests: readonly T[],
  userAgent: string,
  since: number
): T[] {
  return requests.filter(
    (request) =>
      request.time >= since &&
      (request.userAgent === userAgent || request.userAgent.startsWith(`${userAgent} `))
  )
}
