// moto_server (IAM + STS) for tests: `moto_server -H 127.0.0.1 -p <free port>` in its own
// process group, ready once GET /moto-api/ answers. See shared/reference/test-harness.md §1.
import { spawn } from 'node:child_process'
import { freePort } from './ports.mjs'

const READY_TIMEOUT_MS = 10_000
const live = new Set()

// Never leave a moto_server behind, even if a test forgets stop().
process.once('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL')
})

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitReady(url, child, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `moto_server exited early (${child.exitCode ?? child.signalCode}):\n${output()}`
      )
    }
    try {
      const res = await fetch(`${url}/moto-api/`)
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await sleep(50)
  }
  killGroup(child, 'SIGKILL')
  throw new Error(`moto_server not ready after ${READY_TIMEOUT_MS} ms:\n${output()}`)
}

async function post(url, body, contentType) {
  const res = await fetch(url, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`POST ${url} → ${res.status}: ${text}`)
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    killGroup(child, 'SIGTERM')
  })
}

/**
 * Starts moto_server on 127.0.0.1.
 * @param {{ noAuthActionCount?: number }} [options] sets INITIAL_NO_AUTH_ACTION_COUNT (IAM
 *   enforcement after that many unauthenticated calls)
 */
export async function startMoto({ noAuthActionCount } = {}) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = { ...process.env }
  if (noAuthActionCount !== undefined) env.INITIAL_NO_AUTH_ACTION_COUNT = String(noAuthActionCount)
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env,
    detached: true, // own process group: the pyenv shim and python die together
    stdio: ['ignore', 'pipe', 'pipe']
  })
  live.add(child)
  child.once('exit', () => live.delete(child))
  let log = ''
  const keep = (chunk) => {
    log = (log + chunk).slice(-4000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const spawned = new Promise((resolve, reject) => {
    child.once('spawn', resolve)
    child.once('error', reject)
  })
  await spawned
  await waitReady(url, child, () => log)

  return {
    url,
    port,
    /** Clears all moto state (POST /moto-api/reset). */
    reset: () => post(`${url}/moto-api/reset`),
    /** Restarts the no-auth counter; the body must be a bare number sent as text/plain. */
    resetAuth: (n) =>
      post(`${url}/moto-api/reset-auth`, Number.isFinite(n) ? String(n) : 'inf', 'text/plain'),
    stop: () => stopChild(child)
  }
}
