import fs from 'node:fs'
import { loadManifest } from './manifest.js'
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
 * files, backups, the manifest itself) is deleted.
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
  try {
    fs.rmSync(manifest.workDir, { recursive: true, force: true })
  } catch (error) {
    report.warnings.push(`Could not remove ${manifest.workDir}: ${(error as Error).message}`)
  }
  return report
}
