import fs from 'node:fs'
import path from 'node:path'
import type { PlannedFile } from '../tools/plan.js'
import { encodeText } from '../tools/text-encoding.js'
import {
  LAYERS_FOLDER,
  isWithin,
  saveManifest,
  type Manifest,
  type ManifestEntry
} from './manifest.js'
import { FileAccessError } from './file-access-error.js'
import { contentDigest, replaceFile } from './file-replace.js'
import { ledgerPaths, openLedgerFolder } from './ledger.js'
import { acquireLock } from './lock.js'
import { thisRun, type RunRecord } from './run-liveness.js'
import {
  joinSharedFile,
  removeEmptyFolders,
  settleSharedFile,
  sharedFile,
  type SharedFile
} from './shared-file.js'
import { readUserFile, skippedMessage, type UserFileRead } from './user-file.js'

/** Reads a file for a planner: its text, or null when absent or skipped. */
export type PlanReader = (file: string) => string | null

/** What the writer needs besides the plan. */
export interface WriteContext {
  manifest: Manifest
  /** Where the manifest lives (inside `manifest.workDir`). */
  manifestPath: string
  /** When the run's tokens expire: its lease on shared files (see RunRecord). */
  leaseUntil: Date
  /** Gets a line for the log for each user file skipped (a FIFO, a device, over 4 MiB). */
  onSkip: (message: string) => void
  /** Gets a line for the log for each other job's run found over and ended. */
  onNote: (message: string) => void
}

/** How many times planning is redone when another job changes a file between reading and writing. */
const ATTEMPTS = 5

/**
 * Plans and writes the client config files, safely for the user's files and
 * for other jobs sharing the HOME.
 *
 * `plan` gets a reader that reads only regular files of at most 4 MiB
 * (see user-file.ts); it may run more than once. Files in the run's private
 * folder are simply written. Every other file is shared (see shared-file.ts):
 * its folders are created (0700), then the locks of all of them are taken,
 * in one order for every job, and held while each file's ledger is settled
 * (runs of jobs that are over are ended), what was planned from is checked to
 * be still on disk (when another job changed a file meanwhile, the locks are
 * released and planning starts again, up to 5 times), and each file is
 * joined: the first run keeps the user's original, each run records itself
 * in the ledger, and the new content (in the file's own encoding, see
 * `PlannedFile.encoding`) goes to a temporary file (mode 0600, the replaced
 * file's owner) renamed over the target. A link is never
 * written through; a FIFO, device or oversized file is never replaced.
 *
 * The manifest lists each file before it is written (all of them, in one
 * save, before the first), so the post step finds everything a failure
 * part-way left.
 *
 * @param plan composes the plan from what the reader returns
 * @returns the plan that was written
 * @throws FileAccessError naming the file (as planned) when it cannot be
 *   read or written; Error when it is a link or not a regular file, or other
 *   jobs kept changing it, or a lock wait ran out
 */
export function writeConfigFiles<P extends { files: PlannedFile[] }>(
  plan: (readFile: PlanReader) => P,
  context: WriteContext
): P {
  const run = thisRun(context.manifest.workDir, context.leaseUntil)
  const logged = new Set<string>()
  const logOnce = (say: (message: string) => void, message: string): void => {
    if (logged.has(message)) return
    logged.add(message)
    say(message)
  }
  for (let attempt = 1; ; attempt++) {
    const planned: Map<string, string> = new Map()
    const composed = plan((file) => {
      const read = readUserFile(file)
      planned.set(path.resolve(file), readDigest(read))
      if (read.kind === 'skipped') logOnce(context.onSkip, skippedMessage(file, read.reason))
      return read.kind === 'file' ? read.text : null
    })
    const changed = writePlannedFiles(composed.files, planned, run, context, (message) =>
      logOnce(context.onNote, message)
    )
    if (changed.length === 0) return composed
    if (attempt === ATTEMPTS) {
      throw new Error(
        `${changed.join(', ')} kept changing while codeartifact-setup was writing ${changed.length > 1 ? 'them' : 'it'} (${ATTEMPTS} attempts): other jobs on this HOME are writing ${changed.length > 1 ? 'them' : 'it'} at the same time. Run the job again.`
      )
    }
  }
}

/** A shared file ready to be joined. */
interface Prepared {
  planned: PlannedFile
  target: SharedFile
  createdDirs: string[]
}

/**
 * Writes the files once.
 * @param readDigests what planning read, by absolute path (see readDigest)
 * @returns the shared files that changed since planning read them: nothing
 *   was written to any shared file then, and planning must start again
 */
function writePlannedFiles(
  files: PlannedFile[],
  readDigests: ReadonlyMap<string, string>,
  run: RunRecord,
  context: WriteContext,
  note: (message: string) => void
): string[] {
  const { manifest, manifestPath } = context
  const shared: Prepared[] = []
  const releases: (() => void)[] = []
  try {
    writeOwnFiles(
      files.filter((file) => isWithin(file.path, manifest.workDir)),
      manifest,
      manifestPath
    )
    for (const file of files) {
      if (isWithin(file.path, manifest.workDir)) continue
      const prepared = prepareShared(file)
      if (prepared === undefined) return [file.path]
      shared.push(prepared)
    }
    // One order for every job, so two jobs taking the same locks cannot wait on each other.
    shared.sort((a, b) => (a.target.folder < b.target.folder ? -1 : 1))
    const twice = shared.find(
      (prepared, index) => shared[index + 1]?.target.folder === prepared.target.folder
    )
    if (twice !== undefined) {
      throw new Error(
        `Two client files are the same file through links: ${twice.target.real}. Point the clients at different files.`
      )
    }
    for (const { planned, target } of shared) {
      const release = lockOrRetry(planned, target)
      // Its ledger folder vanished meanwhile (its last job removed it): plan again.
      if (release === undefined) return [planned.path]
      releases.push(release)
    }
    for (const { planned, target } of shared) {
      const settled = withFile(planned.path, () => settleSharedFile(target, new Set()))
      for (const why of settled.ended) note(`Ended another job's use of ${planned.path}: ${why}.`)
    }
    const changed = shared
      .map(({ planned }) => planned.path)
      .filter((file) => {
        const read = readDigests.get(path.resolve(file))
        return read !== undefined && read !== readDigest(withFile(file, () => readUserFile(file)))
      })
    if (changed.length > 0) return changed
    // Listed, all at once, before any is written.
    const entries = shared.map(({ planned, target }) =>
      recordEntry(manifest, { path: planned.path, ledger: target.folder })
    )
    if (shared.length > 0) {
      saveManifest(manifestPath, manifest)
      fs.mkdirSync(path.join(manifest.workDir, LAYERS_FOLDER), { recursive: true, mode: 0o700 })
    }
    for (const [index, { planned, target, createdDirs }] of shared.entries()) {
      const content = encodeText(planned.content, planned.encoding, planned.path)
      const layer = saveLayer(manifest.workDir, target, content)
      const { existed } = withFile(planned.path, () =>
        joinSharedFile(target, content, run, createdDirs, layer)
      )
      Object.assign(entries[index], { existed, written: contentDigest(content) })
    }
    return []
  } finally {
    for (const release of releases.reverse()) release()
    saveManifest(manifestPath, manifest)
    // Folders made for files no run joined (a refused link, a retry): removed when empty.
    for (const { target, createdDirs } of shared) {
      if (!fs.existsSync(ledgerPaths(target.folder).ledger))
        removeEmptyFolders([target.folder, ...[...createdDirs].reverse()])
    }
  }
}

/**
 * Creates the file's missing folders (0700) and its ledger folder; undefined
 * when a folder vanished meanwhile (another job's post step removed a folder
 * it had created): planning starts again.
 */
function prepareShared(planned: PlannedFile): Prepared | undefined {
  try {
    return withFile(planned.path, () => {
      const createdDirs = makeParentDirs(path.dirname(path.resolve(planned.path)))
      const target = sharedFile(planned.path)
      openLedgerFolder(target.folder)
      return { planned, target, createdDirs }
    })
  } catch (error) {
    const cause = error instanceof FileAccessError ? error.cause : error
    if ((cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return undefined
    throw error
  }
}

/** Takes the file's lock; undefined when its ledger folder is gone. */
function lockOrRetry(planned: PlannedFile, target: SharedFile): (() => void) | undefined {
  try {
    return acquireLock(ledgerPaths(target.folder).lock)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return withFile(planned.path, () => {
      throw error
    })
  }
}

/** Files in the run's private folder: listed, all at once, then written; removed with the folder. */
function writeOwnFiles(files: PlannedFile[], manifest: Manifest, manifestPath: string): void {
  if (files.length === 0) return
  const entries = files.map((file) => recordEntry(manifest, { path: file.path }))
  saveManifest(manifestPath, manifest)
  for (const [index, file] of files.entries()) {
    const content = encodeText(file.content, file.encoding, file.path)
    withFile(file.path, () => {
      fs.mkdirSync(path.dirname(file.path), { recursive: true, mode: 0o700 })
      replaceFile(file.path, content)
    })
    entries[index].written = contentDigest(content)
  }
}

/** The manifest's entry for a path, added when new. */
function recordEntry(
  manifest: Manifest,
  entry: Pick<ManifestEntry, 'path' | 'ledger'>
): ManifestEntry {
  const known = manifest.entries.find((recorded) => recorded.path === entry.path)
  if (known !== undefined) return Object.assign(known, entry)
  const added: ManifestEntry = { ...entry, existed: false }
  manifest.entries.push(added)
  return added
}

/**
 * Keeps what the run writes to a shared file in its private folder (see LedgerRun.layer); the
 * layers folder exists.
 */
function saveLayer(workDir: string, target: SharedFile, content: string | Buffer): string {
  const layer = path.join(workDir, LAYERS_FOLDER, contentDigest(target.real).slice(0, 16))
  replaceFile(layer, content)
  return layer
}

/** What a read found, as one comparable string. */
function readDigest(read: UserFileRead): string {
  return read.kind === 'file' ? contentDigest(read.bytes) : `${read.kind}`
}

/**
 * Runs `action` on `file`; a file system error (one with an errno code)
 * becomes a FileAccessError naming the file, so the message says what to fix.
 */
function withFile<T>(file: string, action: () => T): T {
  try {
    return action()
  } catch (error) {
    if (error instanceof FileAccessError) throw error
    if ((error as NodeJS.ErrnoException).code === undefined) throw error
    throw new FileAccessError(file, 'write', error)
  }
}

/** Creates missing folders (0700) and returns the ones it created, outermost first. */
function makeParentDirs(folder: string): string[] {
  const missing: string[] = []
  let current = folder
  while (!fs.existsSync(current)) {
    missing.unshift(current)
    current = path.dirname(current)
  }
  const created: string[] = []
  for (const dir of missing) {
    try {
      fs.mkdirSync(dir, { mode: 0o700 })
      created.push(dir)
    } catch (error) {
      // Another job created it meanwhile: it is not ours to remove.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  return created
}
