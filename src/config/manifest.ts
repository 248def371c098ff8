import fs from 'node:fs'
import path from 'node:path'
import { readUserFile } from './user-file.js'
import { LEDGER_SUFFIX } from './ledger.js'
import { replaceFile } from './file-replace.js'

/** One file a run wrote. */
export interface ManifestEntry {
  /** Absolute path the run wrote, as planned. */
  path: string
  /**
   * The file's ledger folder (see ledger.ts), which holds its original and
   * the runs using it; absent for a file in the run's own private folder,
   * which goes with that folder.
   */
  ledger?: string
  /** Whether a file was there before the run wrote it (the job summary says changed or created). */
  existed: boolean
  /** SHA-256 (hex) of what the run wrote; absent until it was written. */
  written?: string
}

/** The main step's record of the files it wrote, kept as JSON in its private folder. */
export interface Manifest {
  version: 2
  /** The private folder under RUNNER_TEMP; the post step deletes it last. */
  workDir: string
  entries: ManifestEntry[]
  /**
   * Private folders of earlier runs in the same job whose entries this
   * manifest took over (see `startManifest`): the post step ends their use
   * of shared files too, and deletes their folders.
   */
  adopted?: string[]
}

/** The manifest's file name inside a run's private folder. */
export const MANIFEST_FILE = 'manifest.json'

/**
 * Starts the manifest of a run whose private folder is `workDir`, taking over
 * every earlier run of the action in the same job: a manifest left in a
 * sibling folder of the same RUNNER_TEMP (which the runner empties at the
 * start of each job) whose post step has not run yet. Its entries come first
 * and its folder is listed in `adopted`, so the post step ends that run's use
 * of the shared files too. Without this, a job that runs the main step twice
 * and the post step once (only the last run's state reaches it) would leave
 * the first run on the files' ledgers, as if still going, and its folder
 * behind.
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
  return { version: 2, workDir, entries, ...(adopted.length > 0 ? { adopted } : {}) }
}

/** The folder in a run's private folder that keeps what it wrote to shared files (see LedgerRun.layer). */
export const LAYERS_FOLDER = 'layers'

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
      // An earlier run's entries may have come from runs it took over itself: (equally private,
      // sibling) folders.
      const folders = [folder, ...(manifest.adopted ?? []).map((adopted) => path.resolve(adopted))]
      const trusted = folders.every(
        (candidate) => path.dirname(candidate) === parent && isPrivateRunFolder(candidate)
      )
      if (!trusted || unsafeEntry(manifest) !== undefined) continue
      found.push({ manifest, time: fs.statSync(file).mtimeMs })
    } catch {
      // not a run's folder, or not readable: not ours to take over
    }
  }
  return found.sort((a, b) => a.time - b.time).map(({ manifest }) => manifest)
}

/** Writes the manifest (mode 0600), replacing the previous one atomically. */
export function saveManifest(manifestPath: string, manifest: Manifest): void {
  replaceFile(manifestPath, JSON.stringify(manifest, null, 2))
}

/**
 * Reads a manifest written by `saveManifest` (never through a link).
 * @throws Error when the file is missing (`code` ENOENT) or not a version-2 manifest
 */
export function loadManifest(manifestPath: string): Manifest {
  const read = readUserFile(manifestPath, { followLinks: false })
  if (read.kind === 'absent') {
    throw Object.assign(new Error(`${manifestPath} does not exist.`), { code: 'ENOENT' })
  }
  const manifest = (read.kind === 'file' ? JSON.parse(read.text) : undefined) as
    Manifest | undefined
  if (manifest?.version !== 2 || !Array.isArray(manifest.entries)) {
    throw new Error(`${manifestPath} is not a codeartifact-setup manifest.`)
  }
  return manifest
}

/**
 * The first entry of `manifest` the post step must not act on, with why: a
 * ledger folder that is not the one beside its file. The worst a manifest
 * could then steer is this user's own ledgers of those files.
 */
export function unsafeEntry(manifest: Manifest): string | undefined {
  const bad = manifest.entries.find(
    (entry) =>
      entry.ledger !== undefined &&
      path.basename(entry.ledger) !== `${path.basename(entry.path)}${LEDGER_SUFFIX}`
  )
  return bad === undefined ? undefined : `the record of ${bad.path} lies elsewhere than beside it.`
}
