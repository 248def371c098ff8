import fs from 'node:fs'
import path from 'node:path'

/**
 * The real path of `file`: symbolic links resolved in the longest part of it
 * that exists, the rest appended as given. A path that does not exist yet
 * (a config file the action will create) still resolves through a linked
 * HOME or `~/.gem`.
 *
 * @param file a path (made absolute against the working folder)
 * @returns an absolute path
 */
export function realPath(file: string): string {
  const missing: string[] = []
  let current = path.resolve(file)
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(current), ...missing)
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return path.resolve(file)
      missing.unshift(path.basename(current))
      current = parent
    }
  }
}
