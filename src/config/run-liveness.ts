import fs from 'node:fs'
import os from 'node:os'

/**
 * One run of the main step, as other jobs sharing a HOME file see it in the
 * file's ledger (see shared-file.ts), with what tells whether the job it
 * belongs to is still going. A job's steps are separate processes, so no
 * process of the action lives from the main step to the post step; what
 * does is the runner's job process (Runner.Worker, the parent of every
 * step), the run's private folder under RUNNER_TEMP (which the runner
 * empties when it starts its next job), the machine's boot, and the token.
 */
export interface RunRecord {
  /** The run's private folder, `$RUNNER_TEMP/codeartifact-setup-XXXXXX`: names the run. */
  workDir: string
  /** `os.hostname()`: the other facts are only compared on the same host. */
  host: string
  /** Linux's boot id (`/proc/sys/kernel/random/boot_id`): a new one means the job died with the machine. */
  bootId?: string
  /** The pid namespace (`/proc/self/ns/pid`): a pid is only looked up in the namespace it was seen in. */
  pidNamespace?: string
  /** The mount namespace (`/proc/self/ns/mnt`): `workDir` is only looked for in the mount namespace it was made in. */
  mountNamespace?: string
  /**
   * The step's parent process: the runner's job process, which lives exactly
   * as long as the job. `start` is its start time (Linux, in clock ticks
   * since boot), so that a reused pid is not taken for it.
   */
  worker?: { pid: number; start?: string }
  /** When the run's tokens expire (ISO 8601): after that nothing it wrote works, so the run is over. */
  leaseUntil: string
}

/** What this machine and process are, for RunRecord and lock holders. */
export interface Whereabouts {
  host: string
  bootId?: string
  pidNamespace?: string
  mountNamespace?: string
}

let cachedWhereabouts: Whereabouts | undefined

/** This process's host, boot and namespaces (read once). */
export function whereabouts(): Whereabouts {
  cachedWhereabouts ??= {
    host: os.hostname(),
    bootId: readProc('/proc/sys/kernel/random/boot_id')?.trim(),
    pidNamespace: readLink('/proc/self/ns/pid'),
    mountNamespace: readLink('/proc/self/ns/mnt')
  }
  return cachedWhereabouts
}

/**
 * The record of this run of the main step.
 * @param workDir the run's private folder
 * @param leaseUntil when its tokens expire
 */
export function thisRun(workDir: string, leaseUntil: Date): RunRecord {
  const run: RunRecord = { workDir, ...whereabouts(), leaseUntil: leaseUntil.toISOString() }
  // pid 0 or 1: started by a container's init (`docker exec`), which tells nothing of the job.
  if (process.ppid > 1) run.worker = { pid: process.ppid, start: processStart(process.ppid) }
  return run
}

/**
 * Why the job of `run` is over (its post step will never come, or nothing it
 * wrote works any more), or undefined when it may still be going. Facts of
 * another host or namespace are not compared (a pid or folder there means
 * nothing here): for those only the lease counts.
 *
 * @param now milliseconds since the epoch
 * @returns e.g. `its token expired at 2026-01-01T00:00:00.000Z`
 */
export function whyRunIsOver(run: RunRecord, now = Date.now()): string | undefined {
  const lease = Date.parse(run.leaseUntil)
  if (!Number.isFinite(lease) || lease <= now) return `its token expired at ${run.leaseUntil}`
  const here = whereabouts()
  if (run.host !== here.host) return undefined
  if (run.bootId !== undefined && here.bootId !== undefined && run.bootId !== here.bootId) {
    return 'the machine has restarted since'
  }
  if (run.mountNamespace === here.mountNamespace && !fs.existsSync(run.workDir)) {
    return `its folder ${run.workDir} is gone (the runner empties RUNNER_TEMP when it starts its next job)`
  }
  if (
    run.worker !== undefined &&
    run.pidNamespace === here.pidNamespace &&
    processIsGone(run.worker.pid, run.worker.start)
  ) {
    return `its runner's job process (pid ${run.worker.pid}) has ended`
  }
  return undefined
}

/**
 * Whether process `pid` has ended, or was replaced by another process with
 * the same pid (a different start time, where known).
 */
export function processIsGone(pid: number, start?: string): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: it exists, as another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true
  }
  const now = processStart(pid)
  return start !== undefined && now !== undefined && now !== start
}

/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), on Linux. */
function processStart(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`)
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields?.[19]
}

/** A /proc file's text (the kernel's, not a user's file), or undefined off Linux. */
function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

function readLink(file: string): string | undefined {
  try {
    return fs.readlinkSync(file)
  } catch {
    return undefined
  }
}
