import fs from 'node:fs'
import { FileAccessError } from './file-access-error.js'
import { decodeConfigFile } from '../tools/text-encoding.js'

/**
 * The most the action reads of one user or workspace file: 4 MiB. Real
 * client configs and package manifests are a few KiB; anything larger is
 * skipped (reading it could exhaust the step's memory), and never merged into.
 */
export const USER_FILE_MAX_BYTES = 4 * 1024 * 1024

/** What reading a user or workspace file found. */
export type UserFileRead =
  | { kind: 'absent' }
  /**
   * A regular file within the size cap: its bytes, and the same decoded by
   * tools/text-encoding.ts `decodeConfigFile` (BOM, a declared ISO-8859-1, else UTF-8).
   */
  | { kind: 'file'; bytes: Buffer; text: string }
  /**
   * Not read: a FIFO, socket or device (opening or reading it could block
   * forever or never end), or a regular file over the size cap. `reason`
   * completes "<file> …", e.g. `is a FIFO, not a regular file`.
   */
  | { kind: 'skipped'; reason: string }

/** How to read. */
export interface UserFileOptions {
  /** Largest size read, in bytes; default USER_FILE_MAX_BYTES. */
  maxBytes?: number
  /**
   * Whether a symbolic link at the path is followed (default true, as the
   * clients follow it). With false, a link reads as skipped: for the
   * action's own records, which it never writes as links.
   */
  followLinks?: boolean
}

/**
 * Reads a file the user or a pull request controls (a client config, a
 * workspace manifest) without trusting what it is: only a regular file is
 * opened for reading (looked up first, then checked again on the open
 * descriptor, so a swap in between is caught), non-blocking, and at most
 * `maxBytes` are read. A FIFO, socket or device, or a larger file, is
 * skipped rather than read.
 *
 * @param file absolute path
 * @returns absent (ENOENT), the content, or why it was skipped
 * @throws FileAccessError for a folder (EISDIR), a file where a folder should
 *   be on the path (ENOTDIR), no permission (EACCES), a link loop (ELOOP) …
 */
export function readUserFile(file: string, options: UserFileOptions = {}): UserFileRead {
  const maxBytes = options.maxBytes ?? USER_FILE_MAX_BYTES
  const follow = options.followLinks ?? true
  let found: fs.Stats
  try {
    found = follow ? fs.statSync(file) : fs.lstatSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' }
    throw new FileAccessError(file, 'read', error)
  }
  const unfit = unfitReason(file, found, maxBytes)
  if (unfit !== undefined) return { kind: 'skipped', reason: unfit }
  let fd: number
  try {
    fd = fs.openSync(file, READ_FLAGS | (follow ? 0 : NO_FOLLOW))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { kind: 'absent' }
    // Swapped for a link between the lookup and the open.
    if (code === 'ELOOP' && !follow) return { kind: 'skipped', reason: 'is a symbolic link' }
    throw new FileAccessError(file, 'read', error)
  }
  try {
    // What was opened may not be what was looked up (swapped in between): check it again.
    const unfitNow = unfitReason(file, fs.fstatSync(fd), maxBytes)
    if (unfitNow !== undefined) return { kind: 'skipped', reason: unfitNow }
    const bytes = readAtMost(fd, maxBytes + 1)
    if (bytes.length > maxBytes) return { kind: 'skipped', reason: tooLarge(maxBytes) }
    return { kind: 'file', bytes, text: decodeConfigFile(bytes) }
  } catch (error) {
    throw error instanceof FileAccessError ? error : new FileAccessError(file, 'read', error)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * The text of a user file, for the planners: null when it is absent or was
 * skipped (`onSkip` then gets a sentence for the log naming the file and
 * why). A skipped file is never written either: the config writer refuses
 * non-regular and oversized targets.
 *
 * @throws FileAccessError as `readUserFile`
 */
export function readUserText(file: string, onSkip: (message: string) => void): string | null {
  const read = readUserFile(file)
  if (read.kind === 'file') return read.text
  if (read.kind === 'skipped') onSkip(skippedMessage(file, read.reason))
  return null
}

/** The log line for a skipped file. */
export function skippedMessage(file: string, reason: string): string {
  return `Skipped ${file}: it ${reason}; codeartifact-setup reads only regular files of at most ${USER_FILE_MAX_BYTES / 1024 / 1024} MiB.`
}

/**
 * Why an existing path is not a file the action may read or replace, or
 * undefined when it is a regular file within `maxBytes`.
 * @throws FileAccessError for a folder (EISDIR), so the message says to rename it
 */
export function unfitReason(
  file: string,
  stat: fs.Stats,
  maxBytes = USER_FILE_MAX_BYTES
): string | undefined {
  if (stat.isDirectory()) {
    throw new FileAccessError(
      file,
      'read',
      Object.assign(new Error('is a folder'), { code: 'EISDIR' })
    )
  }
  if (stat.isFile()) return stat.size > maxBytes ? tooLarge(maxBytes) : undefined
  return `is ${describeKind(stat)}, not a regular file`
}

function tooLarge(maxBytes: number): string {
  return `is larger than ${maxBytes} bytes`
}

/** "a FIFO", "a character device" … for a non-regular file. */
export function describeKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isDirectory()) return 'a folder'
  return 'not a regular file'
}

/** Open flags that never block (a FIFO) nor take a terminal; O_NONBLOCK is unknown on Windows. */
const READ_FLAGS =
  fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0)

/** O_NOFOLLOW where the platform has it (not on Windows, whose links the lookup catches). */
export const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0

/** Reads up to `limit` bytes from `fd`, stopping at end of file. */
function readAtMost(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total))
    const read = fs.readSync(fd, chunk, 0, chunk.length, null)
    if (read === 0) break
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read))
    total += read
  }
  return Buffer.concat(chunks)
}
