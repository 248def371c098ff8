import fs from 'node:fs'
import path from 'node:path'
import { CLIENTS, TOOL_NAMES, type ToolName } from './catalog.js'
import type { ClientDescriptor, WorkspaceFiles } from './descriptor.js'
import { readUserFile } from '../config/user-file.js'

/** One detected client and the file that gave it away. */
export interface DetectedTool {
  tool: ToolName
  /** e.g. `pnpm-lock.yaml` */
  because: string
}

/** What the workspace's top folder holds, as detection sees it. */
export interface WorkspaceListing {
  /** File names in the top folder. */
  files: string[]
  /** Reads a top-level file's text, or null. */
  read(name: string): string | null
}

/** The most detection reads of one workspace file (a lockfile or manifest), in bytes. */
const LOCKFILE_MAX_BYTES = 64 * 1024 * 1024

/** Control and format characters, and Unicode line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u

/** Lists the top folder of `workspace` for `detectTools`; an unreadable folder lists nothing. */
export function listWorkspace(workspace: string): WorkspaceListing {
  let files: string[]
  try {
    files = fs
      .readdirSync(workspace, { withFileTypes: true })
      // A name with a line break or other control character is no manifest, and logged it
      // could start a workflow command (`::stop-commands::` would unmask the token).
      .filter((entry) => entry.isFile() && !UNPRINTABLE.test(entry.name))
      .map((entry) => entry.name)
  } catch {
    files = []
  }
  return {
    files,
    read: (name) => {
      try {
        // Only a regular file, of bounded size: a pull request controls the workspace. The
        // lockfiles of large monorepos run to tens of MiB.
        const read = readUserFile(path.join(workspace, name), { maxBytes: LOCKFILE_MAX_BYTES })
        return read.kind === 'file' ? read.text : null
      } catch {
        return null
      }
    }
  }
}

/**
 * Detects the clients a workspace uses from its top-level manifests and
 * lockfiles, by each client's detection rule (tools/catalog.ts): e.g.
 * `package.json`, `pnpm-lock.yaml`, `yarn.lock` + `.yarnrc.yml`,
 * `pyproject.toml`, `requirements*.txt`, `pom.xml`, `build.gradle(.kts)`,
 * `*.csproj`, `Cargo.toml`, `Gemfile`, `Package.swift`. Each client is
 * returned once, in catalog order, with the reason its rule gave.
 */
export function detectTools(listing: WorkspaceListing): DetectedTool[] {
  const workspace: WorkspaceFiles = {
    find: (name) =>
      listing.files.find((file) => (typeof name === 'string' ? file === name : name.test(file))),
    read: (name) => listing.read(name)
  }
  return TOOL_NAMES.flatMap((tool) => {
    const descriptor: ClientDescriptor = CLIENTS[tool]
    const because = descriptor.detect?.(workspace)
    return because === undefined ? [] : [{ tool, because }]
  })
}
