import fs from 'node:fs'
import path from 'node:path'
import type { RunRecord } from './run-liveness.js'
import { replaceFile } from './file-replace.js'
import { readUserFile } from './user-file.js'

/**
 * The ledger of one file outside the run's private folder (`~/.pypirc`,
 * `~/.m2/settings.xml` …): how to put back the user's original, and which
 * runs of the action — of this job or of other jobs sharing the HOME — use
 * the file now. It lives in a folder beside the file,
 * `<name>.codeartifact-setup/` (mode 0700), with the original (`original`)
 * and the lock (`lock`), so every job that can reach the file finds it.
 * It holds no token.
 */
export interface Ledger {
  version: 1
  /** The file, its folder's real path plus its name. */
  file: string
  original: OriginalRecord
  /** Folders the action created on the way to the file, outermost first: removed with the last run, when empty. */
  createdDirs: string[]
  /** The runs using the file, in the order they wrote it: the last one's content is on disk. */
  runs: LedgerRun[]
}

/** How the user's file was before the first run wrote it. */
export type OriginalRecord =
  | { kind: 'absent' }
  | {
      /**
       * `link`: `original` is a hard link to the user's own file (same inode:
       * content, mode, owner, other hard links and all); `copy`: a copy of its
       * bytes, where a hard link could not be made.
       */
      kind: 'link' | 'copy'
      /** Permission bits, e.g. 0o644. */
      mode: number
      uid: number
      gid: number
      /** How many names the file had (above 1: hard-linked elsewhere too). */
      links: number
      /** SHA-256 of its bytes (hex). */
      digest: string
    }

/** One run using the file. */
export interface LedgerRun extends RunRecord {
  /** SHA-256 (hex) of what the run wrote to the file. */
  wrote: string
  /**
   * A copy of what it wrote, in its own private folder: put back when the
   * runs that wrote after it end before it does.
   */
  layer?: string
}

/** The suffix of a ledger folder's name. */
export const LEDGER_SUFFIX = '.codeartifact-setup'

/** The ledger folder of `file`: `<folder>/<name>.codeartifact-setup`. */
export function ledgerFolderOf(file: string): string {
  return `${file}${LEDGER_SUFFIX}`
}

/** The file a ledger folder is for (the inverse of ledgerFolderOf). */
export function fileOfLedgerFolder(folder: string): string {
  return folder.slice(0, -LEDGER_SUFFIX.length)
}

/** Paths inside a ledger folder. */
export function ledgerPaths(folder: string): { ledger: string; original: string; lock: string } {
  return {
    ledger: path.join(folder, 'ledger.json'),
    original: path.join(folder, 'original'),
    lock: path.join(folder, 'lock')
  }
}

/**
 * Creates the ledger folder (mode 0700) when missing, and checks it is one
 * this user may trust (see `checkLedgerFolder`).
 *
 * @throws Error naming the folder when it cannot be trusted; the file
 *   system's error when it cannot be created
 */
export function openLedgerFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { mode: 0o700 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  checkLedgerFolder(folder)
}

/**
 * Checks that an existing ledger folder is one this user may trust: a real
 * folder (not a link), owned by this user, closed to others. One planted by
 * another user (who can write the folder holding the file) is never used, by
 * the main step or the post step: its `ledger.json` would say which file to
 * put back, with which mode and owner.
 *
 * @throws Error naming the folder when it cannot be trusted; the file
 *   system's error (ENOENT …) when it cannot be examined
 */
export function checkLedgerFolder(folder: string): void {
  const stat = fs.lstatSync(folder)
  const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid()
  const closed = process.platform === 'win32' || (stat.mode & 0o077) === 0
  if (!stat.isDirectory() || !mine || !closed) {
    throw new Error(
      `${folder} is not a private folder of this user (codeartifact-setup keeps its record of ${fileOfLedgerFolder(folder)} there, to share the file safely with other jobs). Jobs sharing a HOME must run as the same user; remove it if no job of the action is running.`
    )
  }
}

/**
 * Reads the ledger in `folder`, or undefined when there is none.
 * @param file the file it must be about
 * @throws Error when it is not a ledger of `file`
 */
export function loadLedger(folder: string, file: string): Ledger | undefined {
  const read = readUserFile(ledgerPaths(folder).ledger, { followLinks: false })
  if (read.kind === 'absent') return undefined
  let ledger: Ledger | undefined
  try {
    ledger = read.kind === 'file' ? (JSON.parse(read.text) as Ledger) : undefined
  } catch {
    ledger = undefined
  }
  if (
    ledger?.version !== 1 ||
    ledger.file !== file ||
    !Array.isArray(ledger.runs) ||
    !Array.isArray(ledger.createdDirs) ||
    typeof ledger.original?.kind !== 'string'
  ) {
    throw new Error(
      `${ledgerPaths(folder).ledger} is not a codeartifact-setup ledger of ${file}; remove ${folder} if no job of the action is running.`
    )
  }
  return ledger
}

/** Writes the ledger (mode 0600), replacing the previous one atomically. */
export function saveLedger(folder: string, ledger: Ledger): void {
  replaceFile(ledgerPaths(folder).ledger, JSON.stringify(ledger, null, 2))
}
