import fs from 'node:fs'
import path from 'node:path'

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
  /** SHA-256 (hex) of what the action last wrote, to notice a later step's edits. */
  written?: string
}

/** The main step's record of every change, kept as JSON in its private folder. */
export interface Manifest {
  version: 1
  /** The private folder under RUNNER_TEMP; the post step deletes it last. */
  workDir: string
  entries: ManifestEntry[]
  /**
   * Private folders of earlier runs in the same job whose entries this
   * manifest took over (see `startManifest`); the post step deletes them too.
   */
  adopted?: string[]
}

/** The manifest's file name inside a run's private folder. */
export const MANIFEST_FILE = 'manifest.json'

/**
 * Starts the manifest of a run whose private folder is `workDir`, taking over
 * every earlier run of the action in the same job: a manifest left in a
 * sibling folder of the same RUNNER_TEMP (which the runner empties at the
 * start of each job) whose post step has not run yet. Its entries come first,
 * so files it already changed keep their true original as backup (the writer
 * backs up a path only once), and its folder is listed in `adopted`. Without
 * this, a job that runs the main step twice and the post step once (only the
 * last run's state reaches it) would restore the first run's output instead
 * of the user's file, and leave the first run's folder behind.
 *
 * Manifests already taken over by another one are skipped; unreadable ones
 * are ignored.
 *
 * @param workDir this run's new private folder (it holds no manifest yet)
 * @returns the manifest (not yet saved)
 */
export function startManifest(workDir: string): Manifest {
  const earlier = earlierManifests(workDir)
  const taken = new Set(earlier.flatMap((manifest) => manifest.adopted ?? []))
  const live = earlier.filter((manifest) => !taken.has(manifest.workDir))
  const entries: ManifestEntry[] = []
  for (const manifest of live) {
    for (const entry of manifest.entries) {
      if (!entries.some((known) => known.path === entry.path)) entries.push(entry)
    }
  }
  const adopted = [
    ...new Set(live.flatMap((manifest) => [...(manifest.adopted ?? []), manifest.workDir]))
  ]
  return { version: 1, workDir, entries, ...(adopted.length > 0 ? { adopted } : {}) }
}

/** The prefix of every run's private folder under RUNNER_TEMP. */
export const RUN_FOLDER_PREFIX = 'codeartifact-setup-'

/** Whether `inner` lies strictly below `outer`. */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(path.resolve(outer), path.resolve(inner))
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/**
 * Whether `folder` can be a private folder of this action's runs: named
 * `codeartifact-setup-*`, a real folder (not a link), owned by this user and
 * closed to everyone else (mode 0700). Anything else — for instance a folder
 * another local user planted in a shared /tmp — is never taken over, so its
 * manifest cannot make the post step write or delete anything.
 */
export function isPrivateRunFolder(folder: string): boolean {
  if (!path.basename(folder).startsWith(RUN_FOLDER_PREFIX)) return false
  try {
    const stat = fs.lstatSync(folder)
    return (
      stat.isDirectory() &&
      ownedByMe(stat) &&
      (process.platform === 'win32' || (stat.mode & 0o077) === 0)
    )
  } catch {
    return false
  }
}

function isOwnFile(file: string): boolean {
  try {
    const stat = fs.lstatSync(file)
    return stat.isFile() && ownedByMe(stat)
  } catch {
    return false
  }
}

function ownedByMe(stat: fs.Stats): boolean {
  return typeof process.getuid !== 'function' || stat.uid === process.getuid()
}

/** Readable manifests in the sibling folders of `workDir` that this user owns, oldest first. */
function earlierManifests(workDir: string): Manifest[] {
  const parent = path.dirname(path.resolve(workDir))
  let names: string[]
  try {
    names = fs.readdirSync(parent)
  } catch {
    return []
  }
  const found: { manifest: Manifest; time: number }[] = []
  for (const name of names) {
    const folder = path.join(parent, name)
    if (folder === path.resolve(workDir)) continue
    const file = path.join(folder, MANIFEST_FILE)
    try {
      if (!isPrivateRunFolder(folder) || !isOwnFile(file)) continue
      const manifest = loadManifest(file)
      if (path.resolve(manifest.workDir) !== folder) continue
      // An earlier run's entries may have come from runs it took over itself: their backups
      // lie in those (equally private, sibling) folders.
      const folders = [folder, ...(manifest.adopted ?? []).map((adopted) => path.resolve(adopted))]
      const trusted = folders.every(
        (candidate) => path.dirname(candidate) === parent && isPrivateRunFolder(candidate)
      )
      const backupsInside = manifest.entries.every(
        (entry) =>
          entry.backup === null ||
          folders.some((candidate) => isWithin(entry.backup as string, candidate))
      )
      if (!trusted || !backupsInside) continue
      found.push({ manifest, time: fs.statSync(file).mtimeMs })
    } catch {
      // not a run's folder, or not readable: not ours to take over
    }
  }
  return found.sort((a, b) => a.time - b.time).map(({ manifest }) => manifest)
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
