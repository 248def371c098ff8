import fs from 'node:fs'
import { processIsGone, whereabouts } from './run-liveness.js'
import { readUserFile } from './user-file.js'

/** How long to wait for a lock another process holds, in milliseconds. Holders keep it for milliseconds. */
export const LOCK_WAIT_MS = 10_000

/** A lock older than this was left by a process that died holding it, in milliseconds. */
export const LOCK_STALE_MS = 30_000

/** How often a waiting process looks again, in milliseconds. */
const POLL_MS = 20

/** What a lock file holds: who took it. */
interface LockHolder {
  pid: number
  host: string
  pidNamespace?: string
  /** ISO 8601 */
  since: string
}

/**
 * Takes the lock `lockFile`: creates it exclusively (O_EXCL, mode 0600) with
 * the holder's pid, host and time, waiting up to `waitMs` while another
 * process holds it. A lock whose holder is gone (same host and pid
 * namespace) or that is older than LOCK_STALE_MS is broken. (Two waiters
 * breaking the same stale lock at the same instant could both proceed; it
 * needs a holder that died within its few milliseconds of holding.)
 *
 * @param lockFile path of the lock file; its folder must exist
 * @param waitMs the longest wait, in milliseconds
 * @returns a function that releases the lock (idempotent)
 * @throws Error naming the lock and its holder when the wait runs out; the
 *   file system's error when the lock cannot be created (EACCES, ENOENT …)
 */
export function acquireLock(lockFile: string, waitMs = LOCK_WAIT_MS): () => void {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      const fd = fs.openSync(
        lockFile,
        fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL,
        0o600
      )
      const here = whereabouts()
      const holder: LockHolder = {
        pid: process.pid,
        host: here.host,
        pidNamespace: here.pidNamespace,
        since: new Date().toISOString()
      }
      try {
        fs.writeFileSync(fd, JSON.stringify(holder))
      } finally {
        fs.closeSync(fd)
      }
      const held = fs.lstatSync(lockFile)
      let released = false
      return () => {
        if (released) return
        released = true
        try {
          if (sameFile(fs.lstatSync(lockFile), held)) fs.rmSync(lockFile)
        } catch {
          // already gone
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (breakIfStale(lockFile)) continue
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${waitMs / 1000} s waiting for ${lockFile}${describeHolder(lockFile)}. Another codeartifact-setup step on this machine holds it; if none is running, delete the file.`
      )
    }
    sleep(POLL_MS)
  }
}

/** Removes `lockFile` when its holder is gone or it is older than LOCK_STALE_MS; whether it did. */
function breakIfStale(lockFile: string): boolean {
  let stat: fs.Stats
  try {
    stat = fs.lstatSync(lockFile)
  } catch {
    return true // released meanwhile: try again at once
  }
  const holder = readHolder(lockFile)
  const here = whereabouts()
  const holderGone =
    holder !== undefined &&
    holder.host === here.host &&
    holder.pidNamespace === here.pidNamespace &&
    holder.pid !== process.pid &&
    processIsGone(holder.pid)
  if (!holderGone && Date.now() - stat.mtimeMs <= LOCK_STALE_MS) return false
  try {
    // Only the lock judged stale, not one taken since.
    if (sameFile(fs.lstatSync(lockFile), stat)) fs.rmSync(lockFile)
  } catch {
    // released or broken meanwhile
  }
  return true
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    const read = readUserFile(lockFile, { followLinks: false, maxBytes: 4096 })
    if (read.kind !== 'file') return undefined
    const holder = JSON.parse(read.text) as LockHolder
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : undefined
  } catch {
    return undefined // being written, or not ours
  }
}

function describeHolder(lockFile: string): string {
  const holder = readHolder(lockFile)
  return holder === undefined
    ? ''
    : ` (held by process ${holder.pid} on ${holder.host} since ${holder.since})`
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.mtimeMs === b.mtimeMs
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))

/** Blocks this thread for `ms` milliseconds (the config writer is synchronous). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms)
}
