import fs from 'node:fs'
import path from 'node:path'
import { parse as parseIni } from 'ini'
import { parse as parseToml } from 'smol-toml'
import type { PackageFormat } from '../aws/names.js'
import { FileAccessError } from '../config/file-access-error.js'
import { readUserFile } from '../config/user-file.js'
import { childElements, childText, parseXml } from '../tools/xml-edit.js'
import { packageCoordinates, type DeclaredPackage } from './package-names.js'
import type { PublishedPackage } from './requirements.js'

/*
 * What the workspace will publish, read from the manifests in its top folder, so a publish check
 * can ask about those exact package ARNs instead of every package of the format.
 *
 * Manifests are the user's files, possibly hostile: only regular files directly in the workspace
 * are read (a symbolic link only when it resolves inside the workspace), through
 * config/user-file.ts `readUserFile` (no blocking on a FIFO, re-checked on the open descriptor),
 * at most MAX_MANIFEST_BYTES each. A manifest that cannot be read or understood, or that does not name
 * its package plainly (a Maven property, a private npm root, a Cargo workspace without a
 * package), names nothing: the check then covers every package of the format.
 */

/** Manifests larger than this are not read (bytes). */
export const MAX_MANIFEST_BYTES = 1024 * 1024

/** A manifest that was found but names no package the check can use, and why. */
export interface SkippedManifest {
  manifest: string
  reason: string
}

/** What the workspace's manifests say it publishes. */
export interface WorkspacePackages {
  packages: PublishedPackage[]
  skipped: SkippedManifest[]
}

type Declaration = DeclaredPackage | { skip: string }

/** One manifest kind: which file names, and how to read the package out of one. */
interface ManifestReader {
  format: PackageFormat
  matches: (fileName: string) => boolean
  declare: (text: string, fileName: string) => Declaration[]
}

const READERS: readonly ManifestReader[] = [
  { format: 'npm', matches: (name) => name === 'package.json', declare: npmPackage },
  { format: 'pypi', matches: (name) => name === 'pyproject.toml', declare: pyprojectPackage },
  { format: 'pypi', matches: (name) => name === 'setup.cfg', declare: setupCfgPackage },
  { format: 'maven', matches: (name) => name === 'pom.xml', declare: mavenPackage },
  { format: 'nuget', matches: (name) => name.endsWith('.csproj'), declare: csprojPackage },
  { format: 'cargo', matches: (name) => name === 'Cargo.toml', declare: cargoPackage },
  { format: 'ruby', matches: (name) => name.endsWith('.gemspec'), declare: gemspecPackage }
]

/**
 * Reads the packages the workspace's top-level manifests name, for the given formats:
 * `package.json` `name` (npm; none when `private`), `pyproject.toml` `[project].name` or
 * `[tool.poetry].name` and `setup.cfg` `[metadata] name` (PyPI), `pom.xml` `groupId` (or the
 * parent's) and `artifactId` (Maven; none for a multi-module build), `*.csproj` `PackageId`,
 * else `AssemblyName`, else the file name (NuGet, https://learn.microsoft.com/nuget/reference/msbuild-targets#pack-target;
 * none when `IsPackable` is false), `Cargo.toml` `[package].name` (none when `publish = false`),
 * `*.gemspec` `name` (a literal string). Names get CodeArtifact's rules (package-names.ts).
 *
 * @param workspace the workspace folder (GITHUB_WORKSPACE)
 * @param formats the formats the job publishes; other manifests are not opened
 * @returns the packages (one per manifest, deduplicated by ARN coordinates), and the manifests
 *   that named nothing usable with the reason; never throws for the workspace's content
 */
export function readWorkspacePackages(
  workspace: string,
  formats: readonly PackageFormat[]
): WorkspacePackages {
  const result: WorkspacePackages = { packages: [], skipped: [] }
  const readers = READERS.filter((reader) => formats.includes(reader.format))
  if (readers.length === 0) return result
  let root: string
  let names: string[]
  try {
    root = fs.realpathSync(workspace)
    names = fs.readdirSync(root).sort()
  } catch {
    return result
  }
  const seen = new Set<string>()
  for (const name of names) {
    const reader = readers.find((candidate) => candidate.matches(name))
    if (reader === undefined || /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name)) continue
    const text = readManifest(root, name)
    if (typeof text !== 'string') {
      result.skipped.push({ manifest: name, reason: text.unreadable })
      continue
    }
    let declarations: Declaration[]
    try {
      declarations = reader.declare(text, name)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      result.skipped.push({ manifest: name, reason: `it could not be parsed (${reason})` })
      continue
    }
    for (const declaration of declarations) {
      if ('skip' in declaration) {
        result.skipped.push({ manifest: name, reason: declaration.skip })
        continue
      }
      const coordinates = packageCoordinates(declaration)
      if ('invalid' in coordinates) {
        result.skipped.push({ manifest: name, reason: coordinates.invalid })
        continue
      }
      const key = JSON.stringify(coordinates)
      if (seen.has(key)) continue
      seen.add(key)
      result.packages.push({
        coordinates,
        displayName:
          declaration.group === undefined
            ? declaration.name
            : `${declaration.group}:${declaration.name}`,
        manifest: name
      })
    }
  }
  return result
}

/**
 * The text of a top-level workspace file, or why it was not read: a link leading out of the
 * workspace, or what config/user-file.ts `readUserFile` refuses (not a regular file, larger than
 * MAX_MANIFEST_BYTES, unreadable).
 */
function readManifest(root: string, name: string): string | { unreadable: string } {
  const file = path.join(root, name)
  try {
    if (fs.lstatSync(file).isSymbolicLink()) {
      const relative = path.relative(root, fs.realpathSync(file))
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
        return { unreadable: 'it is a symbolic link leading out of the workspace' }
      }
    }
    const read = readUserFile(file, { maxBytes: MAX_MANIFEST_BYTES })
    if (read.kind === 'file') return read.text.replace(/^\uFEFF/, '')
    return { unreadable: read.kind === 'absent' ? 'it is gone' : `it ${read.reason}` }
  } catch (error) {
    const cause = error instanceof FileAccessError ? error.cause : error
    const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'error'
    return { unreadable: `it could not be read (${code})` }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function npmPackage(text: string): Declaration[] {
  const manifest: unknown = JSON.parse(text)
  if (!isRecord(manifest)) return [{ skip: 'it is not a JSON object' }]
  if (manifest.private === true) return [{ skip: 'it is private (npm publishes no root package)' }]
  if (typeof manifest.name !== 'string') return [{ skip: 'it has no name' }]
  return [{ format: 'npm', name: manifest.name }]
}

function pyprojectPackage(text: string): Declaration[] {
  const manifest = parseToml(text)
  const project = manifest.project
  if (isRecord(project) && typeof project.name === 'string') {
    return [{ format: 'pypi', name: project.name }]
  }
  const tool = manifest.tool
  const poetry = isRecord(tool) ? tool.poetry : undefined
  if (isRecord(poetry) && typeof poetry.name === 'string') {
    return [{ format: 'pypi', name: poetry.name }]
  }
  return [{ skip: 'it has no [project] or [tool.poetry] name' }]
}

function setupCfgPackage(text: string): Declaration[] {
  const metadata = parseIni(text).metadata as unknown
  if (isRecord(metadata) && typeof metadata.name === 'string' && metadata.name.trim() !== '') {
    return [{ format: 'pypi', name: metadata.name }]
  }
  return [{ skip: 'it has no [metadata] name' }]
}

/** A value Maven would interpolate (`${project.version}`) is not the published text. */
function plain(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value.includes('${') ? undefined : value
}

function mavenPackage(text: string, fileName: string): Declaration[] {
  const { root } = parseXml(text, '', 'project', fileName)
  if (
    childElements(root, 'modules').some((modules) => childElements(modules, 'module').length > 0)
  ) {
    return [{ skip: 'it is a multi-module build; its modules publish their own artifacts' }]
  }
  const parent = childElements(root, 'parent')[0]
  const group = plain(childText(root, 'groupId') ?? (parent && childText(parent, 'groupId')))
  const artifact = plain(childText(root, 'artifactId'))
  if (group === undefined || artifact === undefined) {
    return [{ skip: 'its groupId or artifactId is missing or uses a property' }]
  }
  return [{ format: 'maven', group, name: artifact }]
}

/** The first value of an MSBuild property in any `<PropertyGroup>`; `$(…)` counts as unknown. */
function msbuildProperty(
  root: ReturnType<typeof parseXml>['root'],
  name: string
): string | null | undefined {
  for (const group of childElements(root, 'PropertyGroup')) {
    const value = childText(group, name)
    if (value !== undefined) return value.includes('$(') ? null : value
  }
  return undefined
}

function csprojPackage(text: string, fileName: string): Declaration[] {
  const { root } = parseXml(text, '', 'Project', fileName)
  if (msbuildProperty(root, 'IsPackable')?.toLowerCase() === 'false') {
    return [{ skip: 'IsPackable is false' }]
  }
  // The first of PackageId, AssemblyName that is set decides; one built from a property is unknown.
  const declared = ['PackageId', 'AssemblyName']
    .map((name) => msbuildProperty(root, name))
    .find((value) => value !== undefined)
  const id = declared === undefined ? fileName.slice(0, -'.csproj'.length) : declared
  if (id === null || id === '') return [{ skip: 'its PackageId uses an MSBuild property' }]
  return [{ format: 'nuget', name: id }]
}

function cargoPackage(text: string): Declaration[] {
  const manifest = parseToml(text)
  const pkg = manifest.package
  if (!isRecord(pkg) || typeof pkg.name !== 'string') {
    return [{ skip: 'it has no [package] name (a workspace publishes its members)' }]
  }
  if (pkg.publish === false || (Array.isArray(pkg.publish) && pkg.publish.length === 0)) {
    return [{ skip: 'its package sets publish = false' }]
  }
  return [{ format: 'cargo', name: pkg.name }]
}

function gemspecPackage(text: string): Declaration[] {
  // A gemspec is Ruby; only a literal `spec.name = "…"` (any receiver) is taken as the name.
  const match = /^\s*\w+\.name\s*=\s*(["'])([^"'\\\n]+)\1\s*(?:\.freeze\s*)?(?:#.*)?$/m.exec(text)
  if (match === null) return [{ skip: 'its name is not a plain string literal' }]
  return [{ format: 'ruby', name: match[2] }]
}
