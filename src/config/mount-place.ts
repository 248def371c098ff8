import fs from 'node:fs'
import path from 'node:path'

/**
 * Where a path lies in its file system, seen through the mount table: the
 * file system (`major:minor`) and the path from its root. A bind mount
 * makes one folder reachable under two paths whose real paths differ
 * (`realpath` does not see mounts) — a container's `-v
 * $GITHUB_WORKSPACE/.home:/root`, say — but both have the same place.
 */
export interface MountPlace {
  /** The file system, `major:minor` as /proc/self/mountinfo gives it. */
  device: string
  /** The path from the root of that file system, e.g. `/runner/work/repo/.home`. */
  path: string
}

interface Mount {
  device: string
  root: string
  mountPoint: string
}

let mounts: Mount[] | null | undefined

/**
 * The place of `realPath` (a path with its links resolved) in its file
 * system: the mount whose mount point is the longest prefix of it (the last
 * one listed where mounts are stacked), its root, and the rest of the path.
 * The mount table is read once per process.
 *
 * Source: proc_pid_mountinfo(5) (fields: id, parent, `major:minor`, root,
 * mount point, …; octal escapes `\040` in paths).
 *
 * @returns undefined off Linux, or when /proc/self/mountinfo cannot be read
 */
export function mountPlace(realPath: string): MountPlace | undefined {
  mounts ??= readMounts()
  if (mounts === null) return undefined
  let best: Mount | undefined
  for (const mount of mounts) {
    if (!isUnder(realPath, mount.mountPoint)) continue
    if (best === undefined || mount.mountPoint.length >= best.mountPoint.length) best = mount
  }
  if (best === undefined) return undefined
  const rest = path.relative(best.mountPoint, realPath)
  return { device: best.device, path: path.posix.join(best.root, rest) }
}

function isUnder(file: string, folder: string): boolean {
  return folder === '/' || file === folder || file.startsWith(`${folder}/`)
}

function readMounts(): Mount[] | null {
  let text: string
  try {
    text = fs.readFileSync('/proc/self/mountinfo', 'utf8')
  } catch {
    return null
  }
  const found: Mount[] = []
  for (const line of text.split('\n')) {
    const fields = line.split(' ')
    if (fields.length < 5) continue
    found.push({ device: fields[2], root: unescape(fields[3]), mountPoint: unescape(fields[4]) })
  }
  return found
}

/** Undoes the kernel's octal escapes of space, tab, line feed and backslash. */
function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8))
  )
}
