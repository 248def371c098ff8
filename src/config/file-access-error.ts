import fs from 'node:fs'
import path from 'node:path'

/** Whether a file-system error means "not allowed" (mode, owner, read-only mount), not "not there". */
export function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
}

/** The code of a refusal (see `refusedFile`): a real errno name, "inappropriate file type". */
const REFUSED = 'EFTYPE'

/**
 * The error for a file the action will not write (a link, a FIFO, a device,
 * a file too large to merge into), naming the file, and the clients once known.
 * @param reason completes "<file> …", e.g. `is a FIFO, not a regular file; …`
 */
export function refusedFile(file: string, reason: string): FileAccessError {
  return new FileAccessError(file, 'write', Object.assign(new Error(reason), { code: REFUSED }))
}

/**
 * A client configuration file that could not be read or written, with a
 * message that says what to change: the path, the clients that needed it,
 * and a fix for the usual causes (permissions, a file where a folder should
 * be, a folder where a file should be).
 */
export class FileAccessError extends Error {
  /**
   * @param file absolute path of the file
   * @param access what was being done to it
   * @param cause the file system's error (`code` is read: EACCES, ENOTDIR, EISDIR …)
   * @param tools the clients that read or write the file; none when not known yet
   */
  constructor(
    readonly file: string,
    readonly access: 'read' | 'write',
    readonly cause: unknown,
    readonly tools: string[] = []
  ) {
    super(describe(file, access, cause, tools))
    this.name = 'FileAccessError'
  }

  /** The same error, naming the clients that needed the file. */
  forTools(tools: string[]): FileAccessError {
    return new FileAccessError(this.file, this.access, this.cause, tools)
  }
}

function describe(file: string, access: 'read' | 'write', cause: unknown, tools: string[]): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code
  const who = tools.length > 0 ? `Could not configure ${tools.join(', ')}: ` : ''
  const verb = access === 'read' ? 'read' : 'written'
  if (isPermissionError(cause)) {
    return `${who}${file} cannot be ${verb} (${code}): the user this step runs as may not ${access} it${access === 'write' ? ' or create files in its folder' : ''}. Give that user access, or set HOME to a folder it owns.`
  }
  switch (code) {
    case 'ENOTDIR':
      return `${who}${file} cannot be ${verb}: ${blockingFile(file) ?? 'a part of its path'} is a file where a folder should be. Move that file away.`
    case 'EISDIR':
      return `${who}${file} is a folder where the client expects a file. Rename or remove the folder.`
    case REFUSED:
      return `${who}${file} ${(cause as Error).message}`
    default:
      return `${who}${file} cannot be ${verb}: ${(cause as Error | undefined)?.message ?? String(cause)}`
  }
}

/** The first ancestor of `file` that exists and is not a folder. */
function blockingFile(file: string): string | undefined {
  const ancestors: string[] = []
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir))
    ancestors.unshift(dir)
  return ancestors.find((dir) => {
    try {
      return !fs.statSync(dir).isDirectory()
    } catch {
      return false
    }
  })
}
