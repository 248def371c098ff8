import fs from 'node:fs'
import path from 'node:path'
import { MANIFEST_FILE, loadManifest, saveManifest } from './manifest.js'
import { writeAtomically } from './writer.js'

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
  for (const entry of [...manifest.entries].reverse()) {
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
