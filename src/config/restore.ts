import fs from 'node:fs'
import path from 'node:path'
import {
  MANIFEST_FILE,
  RUN_FOLDER_PREFIX,
  isWithin,
  loadManifest,
  saveManifest,
  type Manifest,
  type ManifestEntry
} from './manifest.js'
import { contentDigest, writeAtomically } from './writer.js'
import { isPermissionError } from './file-access-error.js'

/** What the post step did, for its log. */
export interface RestoreReport {
  restored: string[]
  removed: string[]
  /** Files the action created that could not be deleted, so were emptied instead. */
  emptied: string[]
  /**
   * Files that could not be put back: they may still hold what the action
   * wrote (a token, for some clients). The run folder, with their backups
   * and a manifest of just these files, is kept.
   */
  failed: string[]
  /** Problems that did not stop the rest of the clean-up. */
  warnings: string[]
}

/**
 * Undoes every change in the manifest: originals are put back byte for byte
 * with their original mode, files the action created are deleted, folders it
 * created are removed when empty, and finally the private work folder (token
 * files, backups, the manifest itself) is deleted. The folders of earlier
 * runs this manifest took over (`adopted`, see `startManifest`) are emptied
 * down to an empty manifest, which their own post step, if it comes, finds
 * with nothing left to do.
 *
 * A file whose folder is no longer writable is restored in place; one the
 * action created and cannot delete is emptied, so it holds no token. When a
 * file still cannot be put back, the run folder is kept with its backup and a
 * manifest of what is left, and the warning says where the original is.
 *
 * Never throws: each failure becomes a warning and the rest goes on.
 */
export function restoreFromManifest(manifestPath: string): RestoreReport {
  const report: RestoreReport = {
    restored: [],
    removed: [],
    emptied: [],
    failed: [],
    warnings: []
  }
  let manifest
  try {
    manifest = loadManifest(manifestPath)
  } catch (error) {
    report.warnings.push(`Could not read ${manifestPath}: ${(error as Error).message}`)
    return report
  }
  const unsafe = unsafeManifestReason(manifest, manifestPath)
  if (unsafe !== undefined) {
    report.warnings.push(`Not restoring from ${manifestPath}: ${unsafe}`)
    return report
  }
  const left: ManifestEntry[] = []
  for (const entry of [...manifest.entries].reverse()) {
    const edited = editedSinceWritten(entry)
    if (edited) {
      report.warnings.push(
        `${entry.path} was changed by a later step after codeartifact-setup wrote it; ${entry.backup === null ? 'removing it' : 'restoring the original'} anyway, so those changes are not kept.`
      )
    }
    try {
      const done = restoreEntry(entry)
      if (done !== 'unchanged') report[done].push(entry.path)
    } catch (error) {
      left.unshift(entry)
      report.failed.push(entry.path)
      report.warnings.push(
        `Could not restore ${entry.path} (${(error as Error).message}). It may still hold what codeartifact-setup wrote, the token included; ${entry.backup === null ? 'delete it' : `the original is kept at ${entry.backup}: copy it back`}.`
      )
      continue
    }
    for (const dir of [...entry.createdDirs].reverse()) {
      try {
        if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
      } catch (error) {
        report.warnings.push(
          `Could not remove the empty folder ${dir}: ${(error as Error).message}`
        )
      }
    }
  }
  for (const folder of manifest.adopted ?? []) {
    try {
      // An earlier run's post step may still come (two uses of the action in
      // one job: post steps run in reverse order). It finds this empty
      // manifest, has nothing to restore, and removes the folder.
      fs.rmSync(folder, { recursive: true, force: true })
      fs.mkdirSync(folder, { mode: 0o700 })
      saveManifest(path.join(folder, MANIFEST_FILE), { version: 1, workDir: folder, entries: [] })
    } catch (error) {
      report.warnings.push(`Could not clean ${folder}: ${(error as Error).message}`)
    }
  }
  if (left.length > 0) {
    // Keep the backups, and a manifest of what is left for a later post step or a person.
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
 * Puts one file back as it was before the main step.
 * @returns what was done; `unchanged` when the file already is as it was
 * @throws the file system's error when it can be neither restored nor removed
 */
function restoreEntry(entry: ManifestEntry): 'restored' | 'removed' | 'emptied' | 'unchanged' {
  if (entry.backup === null) {
    if (!fs.existsSync(entry.path)) return 'unchanged'
    try {
      fs.rmSync(entry.path)
      return 'removed'
    } catch (error) {
      // Deleting needs a writable folder; emptying needs only a writable file.
      if (!isPermissionError(error)) throw error
      fs.truncateSync(entry.path, 0)
      return 'emptied'
    }
  }
  const original = fs.readFileSync(entry.backup)
  const mode = entry.mode ?? 0o600
  if (sameFile(entry.path, original, mode)) return 'unchanged'
  try {
    writeAtomically(entry.path, original, mode)
  } catch (error) {
    // The atomic write needs a temporary file beside the target; overwrite in place instead.
    if (!isPermissionError(error)) throw error
    fs.writeFileSync(entry.path, original)
    fs.chmodSync(entry.path, mode)
  }
  return 'restored'
}

function sameFile(file: string, content: Buffer, mode: number): boolean {
  try {
    const stat = fs.lstatSync(file)
    return stat.isFile() && (stat.mode & 0o7777) === mode && fs.readFileSync(file).equals(content)
  } catch {
    return false
  }
}

/**
 * Why a manifest must not be acted on, or undefined when it is sound: its
 * work folder and every adopted folder are `codeartifact-setup-*` siblings,
 * the manifest lies in its work folder, and every backup lies inside one of
 * those folders. A manifest that fails this could make the post step copy a
 * foreign file over a user's file, or delete a folder that is not the
 * action's.
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
  if (!isWithin(manifestPath, workDir)) return 'the manifest lies outside its run folder.'
  const badBackup = manifest.entries.find(
    (entry) =>
      entry.backup !== null && !folders.some((folder) => isWithin(entry.backup as string, folder))
  )
  if (badBackup !== undefined)
    return `the backup of ${badBackup.path} lies outside the run folders.`
  return undefined
}

/** Whether the file at `entry.path` differs from what the action last wrote there. */
function editedSinceWritten(entry: ManifestEntry): boolean {
  if (entry.written === undefined) return false
  try {
    return contentDigest(fs.readFileSync(entry.path)) !== entry.written
  } catch {
    return false
  }
}
