import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { NO_FOLLOW, describeKind } from './user-file.js'

/** A file's owner and group (numeric ids). */
export interface Owner {
  uid: number
  gid: number
}

/** The owner of a file as `stat` found it. */
export function ownerOf(stat: fs.Stats): Owner {
  return { uid: stat.uid, gid: stat.gid }
}

/** SHA-256 of a file's content, hex: how the post step tells whether a later step changed it. */
export function contentDigest(content: string | Buffer): string {
  return crypto.createHash('sha256').update(content).digest('hex')
}

/**
 * Replaces `target` with a new file holding `content`: written to a fresh
 * temporary file beside it (O_EXCL, `mode`), given `owner` where this process
 * may (as root; see `giveTo`), then renamed over `target`. A crash leaves the
 * old file or the new one, never half; a link at `target` is replaced, never
 * written through.
 *
 * @param mode permission bits, e.g. 0o600
 * @param owner the owner and group the file should keep, e.g. the original's
 * @throws the file system's error (the temporary file is removed)
 */
export function replaceFile(
  target: string,
  content: string | Buffer,
  mode = 0o600,
  owner?: Owner
): void {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.codeartifact-setup-${process.pid}-${Date.now()}`
  )
  const fd = fs.openSync(
    temporary,
    fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NO_FOLLOW,
    mode
  )
  try {
    try {
      fs.writeFileSync(fd, content)
      giveTo(fd, owner)
      fs.fchmodSync(fd, mode)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temporary, target)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * Overwrites the regular file at `target` in place (same inode), for when
 * its folder no longer lets a file be created or renamed there: the file is
 * opened without following a link (O_NOFOLLOW) and without blocking, and
 * written only once the open descriptor is seen to be a regular file. Then
 * its mode and owner are set.
 *
 * @throws Error when `target` is now a link or not a regular file (saying so);
 *   the file system's error otherwise (EACCES for a read-only file …)
 */
export function overwriteInPlace(
  target: string,
  content: string | Buffer,
  mode: number,
  owner?: Owner
): void {
  const fd = openRegularForWriting(target)
  try {
    fs.ftruncateSync(fd, 0)
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content, 0, undefined, 0)
    giveTo(fd, owner)
    fs.fchmodSync(fd, mode)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Empties the regular file at `target` in place, never through a link: what
 * the post step does to a file it created but cannot delete.
 * @throws as `overwriteInPlace`
 */
export function emptyInPlace(target: string): void {
  const fd = openRegularForWriting(target)
  try {
    fs.ftruncateSync(fd, 0)
  } finally {
    fs.closeSync(fd)
  }
}

function openRegularForWriting(target: string): number {
  let fd: number
  try {
    fd = fs.openSync(target, fs.constants.O_WRONLY | (fs.constants.O_NONBLOCK ?? 0) | NO_FOLLOW)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // ELOOP for a link under O_NOFOLLOW; EMLINK on FreeBSD.
    if (code === 'ELOOP' || code === 'EMLINK') {
      throw new Error(
        `${target} is now a symbolic link (a later step replaced the file); codeartifact-setup does not write through links.`,
        { cause: error }
      )
    }
    // A FIFO without a reader refuses a non-blocking open for writing.
    if (code === 'ENXIO') {
      throw new Error(`${target} is now a FIFO, not a regular file.`, { cause: error })
    }
    throw error
  }
  const stat = fs.fstatSync(fd)
  if (!stat.isFile()) {
    fs.closeSync(fd)
    throw new Error(`${target} is now ${describeKind(stat)}, not a regular file.`)
  }
  return fd
}

/**
 * Gives the open file to `owner` when it belongs to someone else and this
 * process may change that (root may; others may only change the group to
 * one of theirs). A file the action puts in place of a user's file keeps its
 * owner and group, so the user can still read their settings during the job.
 */
function giveTo(fd: number, owner: Owner | undefined): void {
  if (owner === undefined || typeof process.getuid !== 'function') return
  const stat = fs.fstatSync(fd)
  if (stat.uid === owner.uid && stat.gid === owner.gid) return
  try {
    fs.fchownSync(fd, process.getuid() === 0 ? owner.uid : stat.uid, owner.gid)
  } catch {
    // EPERM: not root and not in that group; the file stays this user's.
  }
}
