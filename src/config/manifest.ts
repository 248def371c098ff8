import fs from 'node:fs'

/** How to undo one file change. */
export interface ManifestEntry {
  /** Absolute path the action wrote. */
  path: string
  /** Copy of the original bytes, or null when the action created the file. */
  backup: string | null
  /** The original file's permission bits (e.g. 0o644), when it existed. */
  mode?: number
  /** Folders the action created for this file, deepest last; removed in post when empty. */
  createdDirs: string[]
}

/** The main step's record of every change, kept as JSON in its private folder. */
export interface Manifest {
  version: 1
  /** The private folder under RUNNER_TEMP; the post step deletes it last. */
  workDir: string
  entries: ManifestEntry[]
}

/** Writes the manifest (mode 0600), replacing the previous one atomically. */
export function saveManifest(manifestPath: string, manifest: Manifest): void {
  const temporary = `${manifestPath}.tmp`
  fs.writeFileSync(temporary, JSON.stringify(manifest, null, 2), { mode: 0o600 })
  fs.renameSync(temporary, manifestPath)
}

/**
 * Reads a manifest written by `saveManifest`.
 * @throws Error when the file is missing or not a version-1 manifest
 */
export function loadManifest(manifestPath: string): Manifest {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest
  if (manifest.version !== 1 || !Array.isArray(manifest.entries)) {
    throw new Error(`${manifestPath} is not a codeartifact-setup manifest.`)
  }
  return manifest
}
