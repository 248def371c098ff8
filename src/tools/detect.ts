import fs from 'node:fs'
import path from 'node:path'
import { TOOL_NAMES, type ToolName } from './formats.js'
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

/** Lists the top folder of `workspace` for `detectTools`; an unreadable folder lists nothing. */
/** Control and format characters, and Unicode line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u

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

type Rule = (
  listing: WorkspaceListing,
  has: (name: string | RegExp) => string | undefined
) => [string, string] | undefined

/**
 * Rules from each ecosystem's manifest and lock files, most specific first
 * within a family: a pnpm or yarn lock decides the npm-family client, a
 * poetry or uv section decides the Python one.
 */
const RULES: Rule[] = [
  (_l, has) => pick('pnpm', has('pnpm-lock.yaml')),
  (l, has) => {
    const lock = has('yarn.lock')
    if (!lock) return undefined
    const berry =
      has('.yarnrc.yml') ?? (l.read('yarn.lock')?.includes('__metadata:') ? 'yarn.lock' : undefined)
    return berry ? ['yarn-berry', `${berry} (yarn 2+)`] : ['yarn-classic', 'yarn.lock (yarn 1)']
  },
  (_l, has) => pick('bun', has(/^bun\.lockb?$/)),
  (_l, has) => {
    const manifest = has('package.json')
    if (!manifest || has('pnpm-lock.yaml') || has('yarn.lock') || has(/^bun\.lockb?$/))
      return undefined
    return ['npm', has('package-lock.json') ?? manifest]
  },
  (l, has) => {
    const manifest = has('pyproject.toml')
    if (has('poetry.lock')) return ['poetry', 'poetry.lock']
    return manifest && /^\[tool\.poetry\]/m.test(l.read(manifest) ?? '')
      ? ['poetry', 'pyproject.toml [tool.poetry]']
      : undefined
  },
  (l, has) => {
    if (has('uv.lock')) return ['uv', 'uv.lock']
    const manifest = has('pyproject.toml')
    return manifest && /^\[tool\.uv/m.test(l.read(manifest) ?? '')
      ? ['uv', 'pyproject.toml [tool.uv]']
      : undefined
  },
  (_l, has) => pick('pip', has(/^requirements.*\.txt$/) ?? has('setup.py') ?? has('setup.cfg')),
  (_l, has) => pick('maven', has('pom.xml')),
  (_l, has) => pick('gradle', has(/^(build|settings)\.gradle(\.kts)?$/)),
  (_l, has) =>
    pick('nuget', has(/\.(csproj|fsproj|vbproj|sln)$/) ?? has(/^(nuget|NuGet)\.[Cc]onfig$/)),
  (_l, has) => pick('cargo', has('Cargo.toml')),
  (_l, has) => pick('ruby', has('Gemfile') ?? has(/\.gemspec$/)),
  (_l, has) => pick('swift', has('Package.swift'))
]

function pick(tool: string, file: string | undefined): [string, string] | undefined {
  return file ? [tool, file] : undefined
}

/**
 * Detects the clients a workspace uses from its top-level manifests and
 * lockfiles (`package.json`, `pnpm-lock.yaml`, `yarn.lock` + `.yarnrc.yml`,
 * `pyproject.toml`, `requirements*.txt`, `pom.xml`, `build.gradle(.kts)`,
 * `*.csproj`, `Cargo.toml`, `Gemfile`, `Package.swift`). Only clients this
 * action supports are returned, each once, in rule order.
 */
export function detectTools(listing: WorkspaceListing): DetectedTool[] {
  const has = (name: string | RegExp): string | undefined =>
    listing.files.find((file) => (typeof name === 'string' ? file === name : name.test(file)))
  const detected: DetectedTool[] = []
  for (const rule of RULES) {
    const found = rule(listing, has)
    if (!found) continue
    const tool = TOOL_NAMES.find((known) => known === found[0])
    if (tool && !detected.some((entry) => entry.tool === tool))
      detected.push({ tool, because: found[1] })
  }
  return detected
}
