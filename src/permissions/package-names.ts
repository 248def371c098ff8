import type { PackageFormat } from '../aws/names.js'
import { Language, literalSteps, oneOf, noneOf, type CharClass } from './pattern-language.js'

/*
 * How CodeArtifact names packages in ARNs, per package format.
 *
 * Package ARN: `arn:PART:codeartifact:REGION:OWNER:package/DOMAIN/REPOSITORY/FORMAT/NAMESPACE/NAME`;
 * a package without a namespace has an empty one, `…/FORMAT//NAME`
 * (https://docs.aws.amazon.com/codeartifact/latest/ug/auth-and-access-control-permissions-reference.html,
 * "Package without a namespace"). Which part of a package is its namespace: "The namespace of a
 * Maven package version is its groupId. The namespace of an npm or Swift package version is its
 * scope. … Python, NuGet, Ruby, and Cargo package versions do not contain a corresponding
 * component" (https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_PackageDescription.html);
 * an npm scope is written without its `@`. ARNs use normalised names: Python names lowercased
 * with runs of `.`, `-`, `_` replaced by one `-` (python-name-normalization.html, PEP 503);
 * NuGet names lowercased (nuget-name-normalization.html); Swift names and namespaces lowercased
 * (swift-name-normalization.html). CodeArtifact documents no normalisation for npm, Maven,
 * Cargo, Ruby or generic packages, so their names are used as written.
 */

/** A package as its ARN names it: format, namespace (`undefined`: none) and name, normalised. */
export interface PackageCoordinates {
  readonly format: PackageFormat
  readonly namespace?: string
  readonly name: string
}

/** What a manifest declares, before CodeArtifact's rules are applied. */
export interface DeclaredPackage {
  readonly format: PackageFormat
  /** npm: `name` as written (`@scope/name` or `name`); Maven: `artifactId`; others: the name. */
  readonly name: string
  /** Maven only: `groupId`. */
  readonly group?: string
}

const WHITESPACE = ' \t\n\u000b\f\r'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const UPPER = LOWER.toUpperCase()
const DIGITS = '0123456789'

/**
 * The characters a namespace or name of each format can hold in an ARN, after normalisation.
 * Sources: npm new package names are lowercase URL-safe without `~'!()*`
 * (https://github.com/npm/validate-npm-package-name); Maven coordinates `[A-Za-z0-9_.-]`
 * (Maven's model validator); PEP 503 normalised Python names `[a-z0-9-]`; NuGet IDs
 * `[A-Za-z0-9._-]` lowercased; crates.io names `[A-Za-z0-9_-]`; RubyGems names `[A-Za-z0-9._-]`;
 * Swift scopes and names lowercased `[a-z0-9._-]`; generic packages CodeArtifact's own
 * `[^#/\s]+` (API PackageDescription).
 */
const NAME_CHARACTERS: Readonly<Record<PackageFormat, CharClass>> = {
  npm: oneOf(`${LOWER}${DIGITS}._-`),
  maven: oneOf(`${LOWER}${UPPER}${DIGITS}._-`),
  pypi: oneOf(`${LOWER}${DIGITS}-`),
  nuget: oneOf(`${LOWER}${DIGITS}._-`),
  cargo: oneOf(`${LOWER}${UPPER}${DIGITS}_-`),
  ruby: oneOf(`${LOWER}${UPPER}${DIGITS}._-`),
  swift: oneOf(`${LOWER}${DIGITS}._-`),
  generic: noneOf(`#/${WHITESPACE}`)
}

/** Whether a package of the format has a namespace: never, optionally, or always. */
const NAMESPACE: Readonly<Record<PackageFormat, 'none' | 'optional' | 'required'>> = {
  npm: 'optional',
  maven: 'required',
  pypi: 'none',
  nuget: 'none',
  cargo: 'none',
  ruby: 'none',
  swift: 'required',
  generic: 'optional'
}

export const PACKAGE_FORMATS = Object.keys(NAMESPACE) as PackageFormat[]

/**
 * The formats the action's clients publish: every format but `generic`, which no package client
 * publishes (it is uploaded with the CodeArtifact API). "Every package" means these.
 */
const CLIENT_FORMATS = PACKAGE_FORMATS.filter((format) => format !== 'generic')

/** CodeArtifact's length limit on names and namespaces (API PackageDescription: 1–255). */
const MAX_NAME_LENGTH = 255

/**
 * Applies CodeArtifact's namespace and name rules to what a manifest declares.
 *
 * @returns the coordinates, or `{invalid}` with the reason when the declared name cannot be a
 *   package of that format (e.g. an npm name `@scope` without a `/name`, characters outside the
 *   format's set)
 */
export function packageCoordinates(
  declared: DeclaredPackage
): PackageCoordinates | { readonly invalid: string } {
  const { format } = declared
  let namespace: string | undefined
  let name = declared.name.trim()
  switch (format) {
    case 'npm': {
      const scoped = /^@([^/]+)\/([^/]+)$/.exec(name)
      if (name.startsWith('@') && scoped === null) {
        return { invalid: `the npm name ${JSON.stringify(name)} is not @scope/name` }
      }
      if (scoped !== null) [, namespace, name] = scoped
      break
    }
    case 'maven':
      namespace = declared.group?.trim()
      break
    case 'pypi':
      name = name.toLowerCase().replace(/[-_.]+/g, '-')
      break
    case 'nuget':
      name = name.toLowerCase()
      break
    case 'swift':
      name = name.toLowerCase()
      namespace = declared.group?.trim().toLowerCase()
      break
    default:
      break
  }
  if (NAMESPACE[format] === 'required' && (namespace === undefined || namespace === '')) {
    return { invalid: `a ${format} package needs a namespace` }
  }
  for (const [what, text] of [
    ['name', name],
    ['namespace', namespace]
  ] as const) {
    if (text === undefined) continue
    if (text === '' || text.length > MAX_NAME_LENGTH || !allIn(text, NAME_CHARACTERS[format])) {
      return { invalid: `${JSON.stringify(text)} is not a valid ${format} package ${what}` }
    }
  }
  return namespace === undefined ? { format, name } : { format, namespace, name }
}

function allIn(text: string, cls: CharClass): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (cls.negated === cls.chars.includes(text[index])) return false
  }
  return true
}

/** Where a repository's package ARNs start: `arn:PART:codeartifact:REGION:OWNER:package/DOMAIN/REPOSITORY/`. */
export interface RepositoryPackages {
  readonly partition: string
  readonly region: string
  /** The domain owner's account. */
  readonly owner: string
  readonly domain: string
  readonly repository: string
}

function packagePrefix(repository: RepositoryPackages): string {
  const { partition, region, owner, domain } = repository
  return `arn:${partition}:codeartifact:${region}:${owner}:package/${domain}/${repository.repository}/`
}

/** The ARN of one package: `…:package/DOMAIN/REPOSITORY/FORMAT/NAMESPACE/NAME` (empty namespace when none). */
export function exactPackageArn(
  repository: RepositoryPackages,
  coordinates: PackageCoordinates
): string {
  return `${packagePrefix(repository)}${coordinates.format}/${coordinates.namespace ?? ''}/${coordinates.name}`
}

/**
 * How a set of every package of a repository (of one format, or of any) is written for people
 * and for least-privilege policies: `…:package/DOMAIN/REPOSITORY/FORMAT/*` or `…/REPOSITORY/*`.
 */
export function packageSetPattern(repository: RepositoryPackages, format?: PackageFormat): string {
  return `${packagePrefix(repository)}${format === undefined ? '' : `${format}/`}*`
}

/**
 * The language of every package ARN a repository can hold, for one format or (no format) every
 * format a package client publishes (all but `generic`): the prefix, the format, a namespace (empty, or one or more namespace characters, as the
 * format allows), `/`, and a name of one or more of the format's characters. Unlike the pattern
 * `…/npm/*`, this set knows that every npm ARN has the form `…/npm/<scope>/<name>`, so a policy
 * resource `…/npm/*\/*` covers all of it. Name lengths are not bounded (over 255 characters, the
 * set is larger than CodeArtifact allows; no policy pattern tells such lengths apart in practice).
 */
export function packageSetLanguage(
  repository: RepositoryPackages,
  format?: PackageFormat
): Language {
  const formats = format === undefined ? CLIENT_FORMATS : [format]
  const prefix = literalSteps(packagePrefix(repository))
  return Language.union(
    formats.map((each) => {
      const characters = NAME_CHARACTERS[each]
      const one = { cls: characters, repeat: false }
      const many = { cls: characters, repeat: true }
      const namespace =
        NAMESPACE[each] === 'none' ? [] : NAMESPACE[each] === 'optional' ? [many] : [one, many]
      return Language.of([
        ...prefix,
        ...literalSteps(`${each}/`),
        ...namespace,
        ...literalSteps('/'),
        one,
        many
      ])
    })
  )
}

/**
 * Package terms for a package ARN or ARN pattern, for reports: `npm` `@myscope/*`, `maven`
 * `com.acme:*`, `pypi` `requests`, `npm` `*` (every package). `undefined` when the text is not
 * `…:package/D/R/FORMAT/*` or `…:package/D/R/FORMAT/NAMESPACE/NAME`.
 */
export function describePackagePattern(
  arnPattern: string
): { format: string; packages: string } | undefined {
  const match = /:package\/[^/]+\/[^/]+\/([^/]+)\/(.*)$/.exec(arnPattern)
  if (match === null) return undefined
  const [, format, rest] = match
  const slash = rest.indexOf('/')
  if (slash === -1) return rest === '*' ? { format, packages: '*' } : undefined
  const namespace = rest.slice(0, slash)
  const name = rest.slice(slash + 1)
  if (namespace === '') return { format, packages: name }
  if (format === 'npm') return { format, packages: `@${namespace}/${name}` }
  if (format === 'maven') return { format, packages: `${namespace}:${name}` }
  return { format, packages: `${namespace}/${name}` }
}
