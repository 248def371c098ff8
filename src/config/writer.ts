import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { PlannedFile } from '../tools/plan.js'
import { encodeText } from '../tools/text-encoding.js'
import { saveManifest, type Manifest, type ManifestEntry } from './manifest.js'
import { FileAccessError } from './file-access-error.js'

/**
 * Applies planned files safely and records how to undo each change.
 *
 * For every file, before anything is written: a path that is a symbolic link
 * is refused (nothing is followed outside the expected place); an existing
 * file's bytes and mode are copied into `<workDir>/backups/`; the manifest is
 * saved. Then the new content goes to a temporary file in the same folder,
 * mode 0600, and is renamed over the target, so a crash leaves either the old
 * file or the new one, never half of either.
 *
 * @param manifestPath where the manifest lives (inside `manifest.workDir`)
 * @throws Error naming the path when it is a symlink; FileAccessError when it
 *   cannot be read or written; files already written stay recorded in the
 *   manifest for the post step to undo
 */
export function writeConfigFiles(
  files: PlannedFile[],
  manifest: Manifest,
  manifestPath: string
): void {
  const backups = path.join(manifest.workDir, 'backups')
  for (const file of files) {
    const target = path.resolve(file.path)
    let entry = manifest.entries.find((recorded) => recorded.path === target)
    if (entry === undefined) {
      try {
        entry = recordOriginal(target, backups, manifest.entries.length)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === undefined) throw error
        throw new FileAccessError(target, 'write', error)
      }
      manifest.entries.push(entry)
      saveManifest(manifestPath, manifest)
    }
    const content = encodeText(file.content, file.encoding, target)
    try {
      writeAtomically(target, content)
    } catch (error) {
      throw new FileAccessError(target, 'write', error)
    }
    entry.written = contentDigest(content)
  }
  saveManifest(manifestPath, manifest)
}

/** SHA-256 of a file's content, hex: how the post step tells whether a later step changed it. */
export function contentDigest(content: string | Buffer): string {
  return crypto.createHash('sha256').update(content).digest('hex')
}

function recordOriginal(target: string, backups: string, index: number): ManifestEntry {
  const existing = lstatOrNull(target)
  if (existing?.isSymbolicLink()) {
    throw new Error(
      `${target} is a symbolic link; codeartifact-setup does not write through links. Replace it with a regular file or remove it.`
    )
  }
  if (existing?.isDirectory()) {
    throw new FileAccessError(
      target,
      'write',
      Object.assign(new Error('is a folder'), { code: 'EISDIR' })
    )
  }
  if (existing && !existing.isFile()) throw new Error(`${target} exists and is not a regular file.`)
  const createdDirs = makeParentDirs(path.dirname(target))
  if (!existing) return { path: target, backup: null, createdDirs }
  fs.mkdirSync(backups, { recursive: true, mode: 0o700 })
  const backup = path.join(backups, `${index}-${path.basename(target)}`)
  fs.copyFileSync(target, backup)
  fs.chmodSync(backup, 0o600)
  return { path: target, backup, mode: existing.mode & 0o7777, createdDirs }
}

/** Creates missing parent folders (0700) and returns the ones it created, outermost first. */
function makeParentDirs(folder: string): string[] {
  const missing: string[] = []
  let current = folder
  while (!fs.existsSync(current)) {
    missing.unshift(current)
    current = path.dirname(current)
  }
  for (const dir of missing) fs.mkdirSync(dir, { mode: 0o700 })
  return missing
}

function lstatOrNull(target: string): fs.Stats | null {
  try {
    return fs.lstatSync(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * Writes `content` to a fresh temporary file beside `target` (O_EXCL, mode
 * 0600) and renames it over `target`.
 */
export function writeAtomically(target: string, content: string | Buffer, mode = 0o600): void {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.codeartifact-setup-${process.pid}-${Date.now()}`
  )
  const handle = fs.openSync(
    temporary,
    fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL,
    mode
  )
  try {
    fs.writeFileSync(handle, content)
    fs.fchmodSync(handle, mode)
  } finally {
    fs.closeSync(handle)
  }
  try {
    fs.renameSync(temporary, target)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}
