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

/** What the post step did, for its log. */
export interface RestoreReport {
  restored: string[]
  removed: string[]
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
 * Never throws: each failure becomes a warning and the rest goes on.
 */
export function restoreFromManifest(manifestPath: string): RestoreReport {
  const report: RestoreReport = { restored: [], removed: [], warnings: [] }
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
  for (const entry of [...manifest.entries].reverse()) {
    const edited = editedSinceWritten(entry)
    if (edited) {
      report.warnings.push(
        `${entry.path} was changed by a later step after codeartifact-setup wrote it; ${entry.backup === null ? 'removing it' : 'restoring the original'} anyway, so those changes are not kept.`
      )
    }
    try {
      if (entry.backup !== null) {
        writeAtomically(entry.path, fs.readFileSync(entry.backup), entry.mode ?? 0o600)
        report.restored.push(entry.path)
      } else if (fs.existsSync(entry.path)) {
        fs.rmSync(entry.path)
        report.removed.push(entry.path)
      }
      for (const dir of [...entry.createdDirs].reverse()) {
        if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
      }
    } catch (error) {
      report.warnings.push(`Could not restore ${entry.path}: ${(error as Error).message}`)
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
  try {
    fs.rmSync(manifest.workDir, { recursive: true, force: true })
  } catch (error) {
    report.warnings.push(`Could not remove ${manifest.workDir}: ${(error as Error).message}`)
  }
  return report
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
