import fs from 'node:fs'
import path from 'node:path'
import { realPath } from './real-path.js'
import {
  ledgerFolderOf,
  ledgerPaths,
  loadLedger,
  saveLedger,
  type LedgerRun,
  type OriginalRecord
} from './ledger.js'
import { whyRunIsOver, type RunRecord } from './run-liveness.js'
import { isPermissionError, refusedFile } from './file-access-error.js'
import {
  contentDigest,
  emptyInPlace,
  overwriteInPlace,
  ownerOf,
  replaceFile,
  type Owner
} from './file-replace.js'
import { NO_FOLLOW, readUserFile, unfitReason } from './user-file.js'
import { isPrivateRunFolder, isWithin } from './manifest.js'

/**
 * A file outside the run's private folder (`~/.pypirc` …), which other jobs
 * sharing the HOME may use at the same time. Every change to it is made
 * while holding the lock in its ledger folder (see ledger.ts).
 */
export interface SharedFile {
  /** The path as planned: for messages and the manifest. */
  path: string
  /** The same file with its folder's links resolved: what every job sharing it agrees on. */
  real: string
  /** Its ledger folder, beside it. */
  folder: string
}

/** The shared file at `planned` (whose folder exists). */
export function sharedFile(planned: string): SharedFile {
  const real = path.join(realPath(path.dirname(path.resolve(planned))), path.basename(planned))
  return { path: planned, real, folder: ledgerFolderOf(real) }
}

/**
 * Starts this run's use of a shared file and writes `content` to it, the
 * lock held and the ledger settled (`settle`) first. The first run records
 * the user's original (see `keepOriginal`); every run appends itself to the
 * ledger, which is saved before the file is written, so a crash in between
 * leaves a record. The new file is mode 0600 and keeps the owner and group
 * of the file it replaces.
 *
 * @param run this run
 * @param createdDirs folders this run created on the way to the file
 * @param layer a copy of `content` in the run's private folder (see LedgerRun)
 * @returns whether a file was there before this run wrote it
 * @throws Error when the path is a symbolic link or not a regular file of at
 *   most 4 MiB (nothing is written); the file system's error otherwise
 */
export function joinSharedFile(
  file: SharedFile,
  content: string | Buffer,
  run: RunRecord,
  createdDirs: string[],
  layer: string
): { existed: boolean } {
  const current = lstatOrNull(file.real)
  if (current?.isSymbolicLink()) {
    throw refusedFile(
      file.path,
      'is a symbolic link; codeartifact-setup does not write through links. Replace it with a regular file or remove it.'
    )
  }
  const unfit = current === null ? undefined : unfitReason(file.path, current)
  if (unfit !== undefined) {
    throw refusedFile(
      file.path,
      `${unfit}; codeartifact-setup does not replace it. Remove it, or point the client at another file.`
    )
  }
  let ledger = loadLedger(file.folder, file.real)
  if (ledger === undefined) {
    const original = current === null ? { kind: 'absent' as const } : keepOriginal(file, current)
    ledger = { version: 1, file: file.real, original, createdDirs, runs: [] }
  } else {
    ledger.createdDirs = [...new Set([...ledger.createdDirs, ...createdDirs])]
  }
  const mine: LedgerRun = { ...run, wrote: contentDigest(content), layer }
  ledger.runs = [...ledger.runs.filter((other) => other.workDir !== run.workDir), mine]
  saveLedger(file.folder, ledger)
  replaceFile(file.real, content, 0o600, current === null ? undefined : ownerOf(current))
  return { existed: current !== null }
}

/** What `settleSharedFile` did. */
export interface Settled {
  /**
   * - `restored`, `removed`, `emptied`: the last run ended: the original is
   *   back (in place when the folder is read-only), or the file the action
   *   created is gone (emptied when it could not be deleted);
   * - `handed-back`: the run on top ended and the one below it goes on: what
   *   that one wrote is back;
   * - `kept`: other runs go on and what is on disk is theirs;
   * - `none`: nothing to do (no ledger, no run ended).
   */
  change: 'restored' | 'removed' | 'emptied' | 'handed-back' | 'kept' | 'none'
  /** Other jobs' runs found over, each with why (see whyRunIsOver). */
  ended: string[]
  /** Problems that did not stop the change (a later step's edits are not kept …). */
  warnings: string[]
  /** Notes for the log. */
  notes: string[]
  /**
   * Folders to remove, when empty, once the lock is released: the ledger
   * folder and the folders the action created, deepest first. Set when the
   * last run ended.
   */
  emptyFolders: string[]
}

/**
 * Ends the runs of `leaving` (this run, and the earlier runs of the same job
 * it took over) and every run that is over (whyRunIsOver: a job that died
 * between its main and post steps), then puts the file in the state the
 * remaining runs need:
 * - none remain: the user's original comes back (`putBackOriginal`) and the
 *   ledger is cleared;
 * - the run on top ended: what the run now on top wrote comes back (its
 *   layer); when that copy is out of reach, what is on disk stays, which
 *   still holds that run's entries (it wrote on top of them);
 * - otherwise what is on disk stays.
 * The lock must be held.
 *
 * @throws the error of putting the original back; the ledger is then kept
 *   with no runs, so the next run or post step on this file tries again
 */
export function settleSharedFile(file: SharedFile, leaving: ReadonlySet<string>): Settled {
  const settled: Settled = { change: 'none', ended: [], warnings: [], notes: [], emptyFolders: [] }
  const ledger = loadLedger(file.folder, file.real)
  if (ledger === undefined) return { ...settled, emptyFolders: [file.folder] }
  const top = ledger.runs.at(-1)
  const remaining = ledger.runs.filter((run) => {
    if (leaving.has(run.workDir)) return false
    const over = whyRunIsOver(run)
    if (over !== undefined) settled.ended.push(over)
    return over === undefined
  })
  if (remaining.length === ledger.runs.length && remaining.length > 0) return settled
  const editedByLaterStep =
    top !== undefined && leaving.has(top.workDir) && digestOnDisk(file) !== top.wrote
  if (remaining.length === 0) {
    if (editedByLaterStep) {
      settled.warnings.push(
        `${file.path} was changed by a later step after codeartifact-setup wrote it; ${ledger.original.kind === 'absent' ? 'removing it' : 'restoring the original'} anyway, so those changes are not kept.`
      )
    }
    try {
      settled.change = putBackOriginal(file, ledger.original, settled.notes)
    } catch (error) {
      saveLedger(file.folder, { ...ledger, runs: [] })
      throw error
    }
    for (const done of [ledgerPaths(file.folder).ledger, ledgerPaths(file.folder).original])
      fs.rmSync(done, { force: true })
    settled.emptyFolders = [file.folder, ...[...ledger.createdDirs].reverse()]
    return settled
  }
  const onTop = remaining[remaining.length - 1]
  settled.change = 'kept'
  if (onTop !== top) {
    const layer = readLayer(onTop)
    if (layer !== undefined) {
      if (editedByLaterStep) {
        settled.warnings.push(
          `${file.path} was changed by a later step after codeartifact-setup wrote it; putting back what another job using it wrote anyway, so those changes are not kept.`
        )
      }
      writeBack(file, layer, ownerNow(file) ?? originalOwner(ledger.original))
      settled.change = 'handed-back'
    }
  }
  saveLedger(file.folder, { ...ledger, runs: remaining })
  return settled
}

/**
 * Keeps the user's file before the first run replaces it: as a hard link in
 * the ledger folder (the same inode, so putting it back restores content,
 * mode, owner, timestamps and its other hard links at once, and the user's
 * file is never written), or, where a hard link cannot be made (another file
 * system type, a file of another user under protected_hardlinks), as a copy
 * of its bytes with its mode and owner recorded.
 */
function keepOriginal(file: SharedFile, stat: fs.Stats): OriginalRecord {
  const keep = ledgerPaths(file.folder).original
  // A leftover of a run that stopped before recording it (the file itself was not written yet).
  fs.rmSync(keep, { force: true })
  const read = readUserFile(file.real, { followLinks: false })
  if (read.kind !== 'file') {
    throw refusedFile(
      file.path,
      `${read.kind === 'skipped' ? read.reason : 'disappeared while being read'}; codeartifact-setup does not replace it.`
    )
  }
  const record = {
    mode: stat.mode & 0o7777,
    uid: stat.uid,
    gid: stat.gid,
    links: stat.nlink,
    digest: contentDigest(read.bytes)
  }
  try {
    fs.linkSync(file.real, keep)
    const kept = fs.lstatSync(keep)
    if (kept.ino === stat.ino && kept.dev === stat.dev) return { kind: 'link', ...record }
    fs.rmSync(keep) // the file was swapped meanwhile: copy what was read
  } catch {
    // no hard links here: keep a copy
  }
  const fd = fs.openSync(
    keep,
    fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NO_FOLLOW,
    0o600
  )
  try {
    fs.writeFileSync(fd, read.bytes)
  } finally {
    fs.closeSync(fd)
  }
  return { kind: 'copy', ...record }
}

/**
 * Puts the user's original back, or removes the file the action created.
 * The original is renamed into place; when the folder no longer allows that
 * (made read-only by a later step), its bytes, mode and owner are written
 * into the file in place — never through a link, never into anything but a
 * regular file. A created file that cannot be deleted is emptied.
 *
 * @param notes receives a line when a hard-linked original could only be restored as a copy
 * @returns what was done
 * @throws Error when the original is missing, or the path is now a link or
 *   not a regular file and the folder is read-only; the file system's error
 */
function putBackOriginal(
  file: SharedFile,
  original: OriginalRecord,
  notes: string[]
): 'restored' | 'removed' | 'emptied' | 'none' {
  if (original.kind === 'absent') {
    const stat = lstatOrNull(file.real)
    if (stat === null) return 'none'
    if (stat.isDirectory()) {
      throw new Error(`${file.path} is now a folder; codeartifact-setup does not remove folders.`)
    }
    try {
      fs.rmSync(file.real)
      return 'removed'
    } catch (error) {
      // Deleting needs a writable folder; emptying needs only a writable file.
      if (!isPermissionError(error)) throw error
      emptyInPlace(file.real)
      return 'emptied'
    }
  }
  const keep = ledgerPaths(file.folder).original
  const kept = (): Buffer => {
    const read = readUserFile(keep, { followLinks: false, maxBytes: Number.MAX_SAFE_INTEGER })
    if (read.kind !== 'file') throw new Error(`its original, kept at ${keep}, is missing`)
    return read.bytes
  }
  if (original.kind === 'copy') {
    if (contentDigest(kept()) !== original.digest) {
      throw new Error(`its original, kept at ${keep}, was changed`)
    }
    fs.chmodSync(keep, original.mode)
    if (process.getuid?.() === 0) fs.chownSync(keep, original.uid, original.gid)
  } else if (!lstatOrNull(keep)?.isFile()) {
    throw new Error(`its original, kept at ${keep}, is missing`)
  }
  try {
    fs.renameSync(keep, file.real)
    return 'restored'
  } catch (error) {
    if (!isPermissionError(error)) throw error
  }
  overwriteInPlace(file.real, kept(), original.mode, originalOwner(original))
  try {
    fs.rmSync(keep, { force: true })
  } catch {
    // a read-only ledger folder: the copy stays beside the restored file
  }
  if (original.links > 1) {
    notes.push(
      `${file.path} was restored byte for byte in place (its folder is read-only), as a file of its own: it is no longer hard-linked to its other names.`
    )
  }
  return 'restored'
}

/** What `run` wrote, from its private folder; undefined when out of reach (another host, gone). */
function readLayer(run: LedgerRun): Buffer | undefined {
  if (run.layer === undefined || !isWithin(run.layer, run.workDir)) return undefined
  if (!isPrivateRunFolder(run.workDir)) return undefined
  try {
    const read = readUserFile(run.layer, { followLinks: false })
    return read.kind === 'file' && contentDigest(read.bytes) === run.wrote ? read.bytes : undefined
  } catch {
    return undefined
  }
}

/** Replaces the file's content (in place when its folder is read-only). */
function writeBack(file: SharedFile, content: Buffer, owner: Owner | undefined): void {
  try {
    replaceFile(file.real, content, 0o600, owner)
  } catch (error) {
    if (!isPermissionError(error)) throw error
    overwriteInPlace(file.real, content, 0o600, owner)
  }
}

function originalOwner(original: OriginalRecord): Owner | undefined {
  return original.kind === 'absent' ? undefined : { uid: original.uid, gid: original.gid }
}

function ownerNow(file: SharedFile): Owner | undefined {
  const stat = lstatOrNull(file.real)
  return stat?.isFile() ? ownerOf(stat) : undefined
}

/** SHA-256 of the regular file at the path now, or undefined (absent, a link, unreadable). */
function digestOnDisk(file: SharedFile): string | undefined {
  try {
    const read = readUserFile(file.real, { followLinks: false })
    return read.kind === 'file' ? contentDigest(read.bytes) : undefined
  } catch {
    return undefined
  }
}

function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Removes the folders, deepest first, each only when empty; the ones that could not be removed for another reason, with why. */
export function removeEmptyFolders(folders: string[]): { folder: string; reason: string }[] {
  const kept: { folder: string; reason: string }[] = []
  for (const folder of folders) {
    try {
      fs.rmdirSync(folder)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTEMPTY' || code === 'EEXIST') continue
      kept.push({ folder, reason: (error as Error).message })
    }
  }
  return kept
}
