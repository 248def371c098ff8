import fs from 'node:fs'
import path from 'node:path'
import {
  LAYERS_FOLDER,
  MANIFEST_FILE,
  RUN_FOLDER_PREFIX,
  isPrivateRunFolder,
  isWithin,
  loadManifest,
  saveManifest,
  unsafeEntry,
  type Manifest,
  type ManifestEntry
} from './manifest.js'
import { checkLedgerFolder, fileOfLedgerFolder, ledgerPaths, loadLedger } from './ledger.js'
import { acquireLock } from './lock.js'
import { removeEmptyFolders, settleSharedFile, type SharedFile } from './shared-file.js'
import { contentDigest } from './file-replace.js'
import { readUserFile } from './user-file.js'

/** What the post step did, for its log. */
export interface RestoreReport {
  restored: string[]
  removed: string[]
  /** Files the action created that could not be deleted, so were emptied instead. */
  emptied: string[]
  /**
   * Files that could not be put back: they may still hold what the action
   * wrote (a token, for some clients). The run folder, with a manifest of
   * just these files, is kept; their originals stay in their ledger folders.
   */
  failed: string[]
  /** Problems that did not stop the rest of the clean-up. */
  warnings: string[]
  /** Other lines for the log: files left to other jobs still using them, runs of other jobs ended … */
  notes: string[]
  /** True when there was nothing left to do: an earlier post step already cleaned up. */
  alreadyDone: boolean
}

/**
 * Ends this run's use of every file it wrote, and of the files of the
 * earlier runs of the same job it took over (`adopted`, see
 * `startManifest`). For each shared file, under its lock (see
 * `settleSharedFile`): when no other run still uses it, the user's original
 * comes back (the very file, renamed into place; in place, byte for byte
 * with mode and owner, when the folder turned read-only; never through a
 * link) or the file the action created is removed (emptied when it cannot
 * be), then its ledger folder and the folders the action created go when
 * empty; when other jobs on the same HOME still use it, it is left to them,
 * with what the job now on top wrote. Finally the private work folder (the
 * job npmrc and gemrc, the layers, the manifest) is deleted, and the folders
 * of adopted runs are emptied down to an empty manifest, which their own
 * post step, if it comes, finds with nothing left to do.
 *
 * When a file cannot be put back, the run folder is kept with a manifest of
 * what is left, and the warning says where the original is.
 *
 * Never throws: each failure becomes a warning and the rest goes on.
 */
export function restoreFromManifest(manifestPath: string): RestoreReport {
  const report: RestoreReport = {
    restored: [],
    removed: [],
    emptied: [],
    failed: [],
    warnings: [],
    notes: [],
    alreadyDone: false
  }
  let manifest
  try {
    manifest = loadManifest(manifestPath)
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' &&
      !fs.existsSync(path.dirname(manifestPath))
    ) {
      report.alreadyDone = true
    } else {
      report.warnings.push(`Could not read ${manifestPath}: ${(error as Error).message}`)
    }
    return report
  }
  const unsafe = unsafeManifestReason(manifest, manifestPath)
  if (unsafe !== undefined) {
    report.warnings.push(`Not restoring from ${manifestPath}: ${unsafe}`)
    return report
  }
  const leaving = new Set([manifest.workDir, ...(manifest.adopted ?? [])].map(resolved))
  const left: ManifestEntry[] = []
  const done = new Set<string>()
  for (const entry of [...manifest.entries].reverse()) {
    if (entry.ledger === undefined || done.has(entry.ledger)) continue
    done.add(entry.ledger)
    if (!leaveSharedFile(entry, leaving, report)) left.unshift(entry)
  }
  for (const folder of manifest.adopted ?? []) {
    try {
      fs.rmSync(folder, { recursive: true, force: true })
      fs.mkdirSync(folder, { mode: 0o700 })
      saveManifest(path.join(folder, MANIFEST_FILE), { version: 2, workDir: folder, entries: [] })
    } catch (error) {
      report.warnings.push(`Could not clean ${folder}: ${(error as Error).message}`)
    }
  }
  // What this run wrote, kept for other jobs' runs below it: it has left every file now.
  fs.rmSync(path.join(manifest.workDir, LAYERS_FOLDER), { recursive: true, force: true })
  if (left.length > 0) {
    // Keep a manifest of what is left, for a later post step or a person.
    try {
      saveManifest(manifestPath, { ...manifest, entries: left, adopted: [] })
    } catch (error) {
      report.warnings.push(`Could not update ${manifestPath}: ${(error as Error).message}`)
    }
    return report
  }
  try {
    fs.rmSync(manifest.workDir, { recursive: true, force: true })
  } catch (error) {
    report.warnings.push(`Could not remove ${manifest.workDir}: ${(error as Error).message}`)
  }
  return report
}

/**
 * Ends the use of one shared file by the runs in `leaving`, reporting what
 * was done; false when the file could not be put back.
 */
function leaveSharedFile(
  entry: ManifestEntry,
  leaving: ReadonlySet<string>,
  report: RestoreReport
): boolean {
  const folder = entry.ledger as string
  const file: SharedFile = { path: entry.path, real: fileOfLedgerFolder(folder), folder }
  let release: (() => void) | undefined
  try {
    try {
      // Never one planted by another user: its ledger would say what to put back, and how.
      checkLedgerFolder(folder)
      release = acquireLock(ledgerPaths(folder).lock)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ledgerGone(entry, file, report)
      throw error
    }
    const settled = settleSharedFile(file, leaving)
    release()
    report.warnings.push(...settled.warnings)
    report.notes.push(
      ...settled.notes,
      ...settled.ended.map((why) => `Ended another job's use of ${file.path}: ${why}.`)
    )
    switch (settled.change) {
      case 'restored':
      case 'removed':
      case 'emptied':
        report[settled.change].push(file.path)
        break
      case 'handed-back':
        report.notes.push(
          `Put back in ${file.path} what another job using it wrote; the last job to finish restores the original.`
        )
        break
      case 'kept':
        report.notes.push(
          `Left ${file.path} to another job still using it; the last job to finish restores the original.`
        )
        break
    }
    for (const { folder: kept, reason } of removeEmptyFolders(settled.emptyFolders)) {
      // A folder made read-only by a later step: what is left holds nothing of the token.
      report.notes.push(`Could not remove the empty folder ${kept}: ${reason}`)
    }
    return true
  } catch (error) {
    release?.()
    report.failed.push(file.path)
    report.warnings.push(
      `Could not restore ${file.path} (${(error as Error).message}). It may still hold what codeartifact-setup wrote, the token included; ${whereOriginalIs(file)}.`
    )
    return false
  }
}

/**
 * The ledger folder is gone (removed by hand, or by a job that found this
 * run over): fine when the file no longer holds what this run wrote.
 */
function ledgerGone(entry: ManifestEntry, file: SharedFile, report: RestoreReport): boolean {
  let read
  try {
    read = readUserFile(file.real, { followLinks: false })
  } catch {
    return true
  }
  if (read.kind !== 'file' || contentDigest(read.bytes) !== entry.written) return true
  report.failed.push(file.path)
  report.warnings.push(
    `Could not restore ${file.path}: its record (${file.folder}) is gone, and it still holds what codeartifact-setup wrote, the token included; delete it, or put your own copy back.`
  )
  return false
}

/** The end of the warning for a file that could not be put back: what to do. */
function whereOriginalIs(file: SharedFile): string {
  try {
    checkLedgerFolder(file.folder)
  } catch {
    return `${file.folder} is not codeartifact-setup's: check the file by hand`
  }
  try {
    const ledger = loadLedger(file.folder, file.real)
    if (ledger?.original.kind === 'absent') return 'delete it'
    if (ledger !== undefined)
      return `the original is kept at ${ledgerPaths(file.folder).original}: copy it back`
  } catch {
    // unreadable: say where it was kept
  }
  return `its original, if any, is in ${file.folder}`
}

function resolved(folder: string): string {
  return path.resolve(folder)
}

/**
 * Why a manifest must not be acted on, or undefined when it is sound: its
 * work folder and every adopted folder are `codeartifact-setup-*` siblings,
 * private folders of this user (see isPrivateRunFolder),
 * the manifest lies in its work folder, and every ledger folder lies beside
 * its file. A manifest that fails this could make the post step delete a
 * folder that is not the action's.
 */
function unsafeManifestReason(manifest: Manifest, manifestPath: string): string | undefined {
  const workDir = path.resolve(manifest.workDir)
  const parent = path.dirname(workDir)
  const folders = [workDir, ...(manifest.adopted ?? []).map((folder) => path.resolve(folder))]
  const badFolder = folders.find(
    (folder) =>
      path.dirname(folder) !== parent || !path.basename(folder).startsWith(RUN_FOLDER_PREFIX)
  )
  if (badFolder !== undefined) return `${badFolder} is not one of the action's run folders.`
  // A folder another user could write (or made): its manifest could name any file.
  const openFolder = folders.find(
    (folder) => (folder === workDir || fs.existsSync(folder)) && !isPrivateRunFolder(folder)
  )
  if (openFolder !== undefined) {
    return `${openFolder} is not a private folder of this user (a real folder, mode 0700).`
  }
  if (!isWithin(manifestPath, workDir)) return 'the manifest lies outside its run folder.'
  return unsafeEntry(manifest)
}
