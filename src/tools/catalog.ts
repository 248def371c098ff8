import { InputError } from '../input-error.js'
import { parseChoice, splitList } from '../input-values.js'
import type { ClientDescriptor, ClientOption, WorkspaceFiles } from './descriptor.js'
import { MAVEN_REPOSITORY_MODES, type PipIndexMode, type ToolConfigurer } from './plan.js'

/**
 * Every client the action configures: one descriptor each (see descriptor.ts),
 * with the client options they read and the URL outputs they set. Inputs,
 * detection, option-use warnings, URL output owners and the action contract
 * are derived from here; a planner loads only when its client is configured.
 *
 * Adding a client: its planner (`tools/<client>.ts`), its descriptor below
 * (with any new option or output), and its inputs and outputs in action.yml.
 * __tests__/tools/catalog.test.ts fails while action.yml, this file and the
 * README disagree.
 */

// ------------------------------------------------------------------ options

/** The default of every name option: the name `aws codeartifact login` gives its entries. */
const DEFAULT_NAME = 'codeartifact'

/**
 * A name that a client's own config refers to, default `codeartifact`.
 * @param what the kind of name, e.g. `a poetry source name` (the message says "is not allowed" without)
 * @param allowed what `rule` allows, in words
 */
function nameOption<const Name extends string>(
  input: Name,
  rule: RegExp,
  allowed: string,
  what?: string
): ClientOption<Name, string> {
  return {
    input,
    default: DEFAULT_NAME,
    parse: (raw) => {
      if (!rule.test(raw)) {
        throw new InputError(
          input,
          `'${raw}' is not ${what ?? 'allowed'}: ${allowed} (default ${DEFAULT_NAME}).`
        )
      }
      return raw
    }
  }
}

/** One of a few words; `fallback` is the default. */
function choiceOption<const Name extends string, const T extends string>(
  input: Name,
  choices: readonly T[],
  fallback: T
): ClientOption<Name, T> {
  return { input, default: fallback, parse: (raw) => parseChoice(input, raw, choices) }
}

/** A comma- or newline-separated list, each item normalized and checked, duplicates dropped. */
function listOption<const Name extends string>(
  input: Name,
  item: (raw: string) => string
): ClientOption<Name, string[]> {
  return {
    input,
    default: '',
    parse: (raw) => [...new Set(splitList(raw).map(item))]
  }
}

/** npm's scope rule, as `aws codeartifact login --namespace` checks it. */
const NPM_SCOPE = /^@[a-z0-9-~][a-z0-9-._~]*$/

/** A poetry source, uv index or Maven server id: ASCII letters, digits, '.', '_' and '-'. */
const CLIENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const CLIENT_NAME_RULE =
  "use up to 100 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit"

/** Gradle needs the repository name to be an identifier (letters and digits) for its properties. */
const GRADLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,99}$/

/** Cargo registry names: letters, digits, '-' and '_' (they become CARGO_REGISTRIES_<NAME>_*). */
const CARGO_REGISTRY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** A NuGet source name: printable ASCII, no leading or trailing space. */
const NUGET_SOURCE = /^[\x21-\x7E](?:[\x20-\x7E]{0,98}[\x21-\x7E])?$/

/** SwiftPM's scope rule, as `aws codeartifact login --tool swift --namespace` checks it. */
const SWIFT_SCOPE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

/** How pip uses the repository: as its index (replacing PyPI) or as an extra index. */
const PIP_INDEX_MODES: readonly PipIndexMode[] = ['index', 'extra-index']

/**
 * Every client option, by the name planners read it under (ToolOptions).
 * Order is the order of the option-use warnings.
 */
export const CLIENT_OPTIONS = {
  /** npm scopes such as `@acme`; empty means the global registry. */
  npmScopes: listOption('npm-scopes', (item) => {
    const scope = item.startsWith('@') ? item : `@${item}`
    if (!NPM_SCOPE.test(scope)) {
      throw new InputError(
        'npm-scopes',
        `'${item}' is not an npm scope: use lowercase names such as @acme or @acme-tools.`
      )
    }
    return scope
  }),
  /** pip: `index` replaces PyPI, `extra-index` adds CodeArtifact beside it. */
  pipIndexMode: choiceOption('pip-index-mode', PIP_INDEX_MODES, 'index'),
  /** poetry: the source name in pyproject.toml (and `poetry publish -r`). */
  poetrySource: nameOption('poetry-source', CLIENT_NAME, CLIENT_NAME_RULE, 'a poetry source name'),
  /** uv: the `[[tool.uv.index]]` name. */
  uvIndex: nameOption('uv-index', CLIENT_NAME, CLIENT_NAME_RULE, 'a uv index name'),
  /** Maven: the settings.xml `<server>` (and profile / mirror) id. */
  mavenServerId: nameOption('maven-server-id', CLIENT_NAME, CLIENT_NAME_RULE),
  /** Maven: how the repository is added besides the server credentials (see maven.ts). */
  mavenRepositoryMode: choiceOption('maven-repository-mode', MAVEN_REPOSITORY_MODES, 'profile'),
  /** Gradle: the repository name behind the `<name>Url/Username/Password` properties. */
  gradleRepositoryName: nameOption(
    'gradle-repository-name',
    GRADLE_NAME,
    'use ASCII letters and digits, starting with a letter'
  ),
  /** NuGet: the package source name; undefined means `<domain>/<repository>`. */
  nugetSource: {
    input: 'nuget-source',
    default: '',
    parse: (raw: string): string | undefined => {
      if (raw === '') return undefined
      if (!NUGET_SOURCE.test(raw)) {
        throw new InputError(
          'nuget-source',
          `'${raw}' is not allowed: use up to 100 printable ASCII characters, or leave it empty for '<domain>/<repository>'.`
        )
      }
      return raw
    }
  },
  /** Cargo: the registry name. */
  cargoRegistry: nameOption(
    'cargo-registry',
    CARGO_REGISTRY,
    "use up to 64 ASCII letters, digits, '-' or '_', starting with a letter"
  ),
  /** Cargo: replace crates.io with the registry (a `[source.crates-io]` entry). */
  cargoReplaceCratesIo: {
    input: 'cargo-replace-crates-io',
    default: 'false',
    parse: (raw: string): boolean =>
      parseChoice('cargo-replace-crates-io', raw, ['true', 'false'] as const) === 'true'
  },
  /** Swift: scopes routed to the registry; empty means the default registry. */
  swiftScopes: listOption('swift-scopes', (scope) => {
    if (!SWIFT_SCOPE.test(scope)) {
      throw new InputError(
        'swift-scopes',
        `'${scope}' is not a Swift package scope: use 1–39 letters, digits and single hyphens, not starting or ending with a hyphen.`
      )
    }
    return scope
  })
} as const satisfies Record<string, ClientOption>

/** The name planners read an option under, e.g. `npmScopes`. */
export type ClientOptionName = keyof typeof CLIENT_OPTIONS

/** Every client option's parsed value. */
export type ClientOptionValues = {
  [K in ClientOptionName]: ReturnType<(typeof CLIENT_OPTIONS)[K]['parse']>
}

/** Each client option's input name, by option name (merged into action-contract's `Input`). */
export const CLIENT_OPTION_INPUTS = Object.fromEntries(
  Object.entries(CLIENT_OPTIONS).map(([name, option]) => [name, option.input])
) as { readonly [K in ClientOptionName]: (typeof CLIENT_OPTIONS)[K]['input'] }

// ------------------------------------------------------------------ outputs

/** The URL outputs clients set, by the name planners use (merged into action-contract's `Output`). */
export const CLIENT_OUTPUTS = {
  npmRegistryUrl: 'npm-registry-url',
  pipIndexUrl: 'pip-index-url',
  pypiRepositoryUrl: 'pypi-repository-url',
  mavenRepositoryUrl: 'maven-repository-url',
  nugetSourceUrl: 'nuget-source-url',
  nugetSourceName: 'nuget-source-name',
  cargoIndexUrl: 'cargo-index-url',
  rubySourceUrl: 'ruby-source-url',
  swiftRegistryUrl: 'swift-registry-url'
} as const

// ------------------------------------------------------------------ clients

/** Shared settings (see ClientDescriptor.shares). */
const NPM_USER_CONFIG = 'the npm user config'
const YARNRC = 'the Yarn 2+ .yarnrc.yml'
const NUGET_SOURCE_SETTING = 'the NuGet source (nuget and dotnet are one client)'

const NPM_FAMILY_LOCKS = ['pnpm-lock.yaml', 'yarn.lock', /^bun\.lockb?$/]

/** Why a workspace with a yarn.lock uses Yarn 2+, or undefined for Yarn 1. */
function yarnBerryReason(workspace: WorkspaceFiles): string | undefined {
  const rc = workspace.find('.yarnrc.yml')
  if (rc !== undefined) return `${rc} (yarn 2+)`
  return workspace.read('yarn.lock')?.includes('__metadata:') ? 'yarn.lock (yarn 2+)' : undefined
}

/** Whether the workspace's pyproject.toml has a line matching `line`. */
function pyprojectHas(workspace: WorkspaceFiles, line: RegExp): boolean {
  return (
    workspace.find('pyproject.toml') !== undefined &&
    line.test(workspace.read('pyproject.toml') ?? '')
  )
}

/*
 * Loading (issue #14): each `load` is a dynamic import, so a client's planner and its format
 * libraries load only when that client is configured. npm, the common run, has a chunk of its
 * own; the other planners share one chunk per family (`webpackChunkName`: node-clients,
 * python-clients, xml-clients, other-clients), since every chunk costs node a file read, a
 * compile and a module link: with all 17 clients, 13 chunk files instead of 20 measured 0.97-0.98x
 * the wall time (npm run bench, paired, 30 and 40 rounds), and npm with pip no slower.
 */

/**
 * The clients, in the order the docs and messages list them. `tools: auto`
 * reports what it detects in this order too.
 */
export const CLIENTS = {
  npm: {
    format: 'npm',
    options: ['npmScopes'],
    outputs: [CLIENT_OUTPUTS.npmRegistryUrl],
    detect: (workspace) => {
      const manifest = workspace.find('package.json')
      if (!manifest || NPM_FAMILY_LOCKS.some((lock) => workspace.find(lock))) return undefined
      return workspace.find('package-lock.json') ?? manifest
    },
    shares: [NPM_USER_CONFIG],
    load: () => import('./npm.js').then((planner) => planner.npmConfigurer)
  },
  pnpm: {
    format: 'npm',
    options: ['npmScopes'],
    outputs: [CLIENT_OUTPUTS.npmRegistryUrl],
    detect: (workspace) => workspace.find('pnpm-lock.yaml'),
    shares: [NPM_USER_CONFIG],
    load: () =>
      import(/* webpackChunkName: "node-clients" */ './pnpm.js').then(
        (planner) => planner.pnpmConfigurer
      )
  },
  /** Yarn 1 and 2+ both, for jobs that do not say which Yarn they run. */
  yarn: {
    format: 'npm',
    options: ['npmScopes'],
    outputs: [CLIENT_OUTPUTS.npmRegistryUrl],
    shares: [NPM_USER_CONFIG, YARNRC],
    load: () =>
      import(/* webpackChunkName: "node-clients" */ './yarn.js').then(
        (planner) => planner.yarnConfigurer
      )
  },
  'yarn-classic': {
    format: 'npm',
    options: ['npmScopes'],
    outputs: [CLIENT_OUTPUTS.npmRegistryUrl],
    detect: (workspace) =>
      workspace.find('yarn.lock') && !yarnBerryReason(workspace) ? 'yarn.lock (yarn 1)' : undefined,
    shares: [NPM_USER_CONFIG],
    load: () =>
      import(/* webpackChunkName: "node-clients" */ './yarn.js').then(
        (planner) => planner.yarnClassicConfigurer
      )
  },
  'yarn-berry': {
    format: 'npm',
    options: ['npmScopes'],
    outputs: [CLIENT_OUTPUTS.npmRegistryUrl],
    detect: (workspace) => (workspace.find('yarn.lock') ? yarnBerryReason(workspace) : undefined),
    shares: [YARNRC],
    load: () =>
      import(/* webpackChunkName: "node-clients" */ './yarn.js').then(
        (planner) => planner.yarnBerryConfigurer
      )
  },
  bun: {
    format: 'npm',
    options: ['npmScopes'],
    outputs: [CLIENT_OUTPUTS.npmRegistryUrl],
    // A committed bunfig.toml names bun even without a committed lockfile; its registry
    // without a token is what got 401 (https://bun.sh/docs/runtime/bunfig).
    detect: (workspace) => workspace.find(/^bun\.lockb?$/) ?? workspace.find('bunfig.toml'),
    load: () =>
      import(/* webpackChunkName: "node-clients" */ './bun.js').then(
        (planner) => planner.bunConfigurer
      )
  },
  pip: {
    format: 'pypi',
    detect: (workspace) =>
      workspace.find(/^requirements.*\.txt$/) ??
      workspace.find('setup.py') ??
      workspace.find('setup.cfg'),
    options: ['pipIndexMode'],
    outputs: [CLIENT_OUTPUTS.pipIndexUrl],
    load: () =>
      import(/* webpackChunkName: "python-clients" */ './pip.js').then(
        (planner) => planner.pipConfigurer
      )
  },
  twine: {
    format: 'pypi',
    options: [],
    outputs: [CLIENT_OUTPUTS.pypiRepositoryUrl],
    load: () =>
      import(/* webpackChunkName: "python-clients" */ './twine.js').then(
        (planner) => planner.twineConfigurer
      )
  },
  poetry: {
    format: 'pypi',
    detect: (workspace) =>
      workspace.find('poetry.lock') ??
      (pyprojectHas(workspace, /^\[tool\.poetry\]/m) ? 'pyproject.toml [tool.poetry]' : undefined),
    options: ['poetrySource'],
    outputs: [CLIENT_OUTPUTS.pipIndexUrl, CLIENT_OUTPUTS.pypiRepositoryUrl],
    load: () =>
      import(/* webpackChunkName: "python-clients" */ './poetry.js').then(
        (planner) => planner.poetryConfigurer
      )
  },
  uv: {
    format: 'pypi',
    detect: (workspace) =>
      workspace.find('uv.lock') ??
      (pyprojectHas(workspace, /^\[tool\.uv/m) ? 'pyproject.toml [tool.uv]' : undefined),
    options: ['uvIndex'],
    outputs: [CLIENT_OUTPUTS.pipIndexUrl, CLIENT_OUTPUTS.pypiRepositoryUrl],
    load: () =>
      import(/* webpackChunkName: "python-clients" */ './uv.js').then(
        (planner) => planner.uvConfigurer
      )
  },
  maven: {
    format: 'maven',
    detect: (workspace) => workspace.find('pom.xml'),
    options: ['mavenServerId', 'mavenRepositoryMode'],
    outputs: [CLIENT_OUTPUTS.mavenRepositoryUrl],
    load: () =>
      import(/* webpackChunkName: "xml-clients" */ './maven.js').then(
        (planner) => planner.mavenConfigurer
      )
  },
  gradle: {
    format: 'maven',
    detect: (workspace) => workspace.find(/^(build|settings)\.gradle(\.kts)?$/),
    options: ['gradleRepositoryName'],
    outputs: [CLIENT_OUTPUTS.mavenRepositoryUrl],
    load: () =>
      import(/* webpackChunkName: "xml-clients" */ './gradle.js').then(
        (planner) => planner.gradleConfigurer
      )
  },
  nuget: {
    format: 'nuget',
    detect: (workspace) =>
      workspace.find(/\.(csproj|fsproj|vbproj|sln)$/) ??
      workspace.find(/^(nuget|NuGet)\.[Cc]onfig$/),
    options: ['nugetSource'],
    shares: [NUGET_SOURCE_SETTING],
    outputs: [CLIENT_OUTPUTS.nugetSourceUrl, CLIENT_OUTPUTS.nugetSourceName],
    load: () =>
      import(/* webpackChunkName: "xml-clients" */ './nuget.js').then(
        (planner) => planner.nugetConfigurer
      )
  },
  /** The same planner as nuget: the dotnet SDK reads the same NuGet.Config. */
  dotnet: {
    format: 'nuget',
    options: ['nugetSource'],
    shares: [NUGET_SOURCE_SETTING],
    outputs: [CLIENT_OUTPUTS.nugetSourceUrl, CLIENT_OUTPUTS.nugetSourceName],
    load: () =>
      import(/* webpackChunkName: "xml-clients" */ './nuget.js').then(
        (planner) => planner.nugetConfigurer
      )
  },
  cargo: {
    format: 'cargo',
    detect: (workspace) => workspace.find('Cargo.toml'),
    options: ['cargoRegistry', 'cargoReplaceCratesIo'],
    outputs: [CLIENT_OUTPUTS.cargoIndexUrl],
    load: () =>
      import(/* webpackChunkName: "other-clients" */ './cargo.js').then(
        (planner) => planner.cargoConfigurer
      )
  },
  ruby: {
    format: 'ruby',
    detect: (workspace) => workspace.find('Gemfile') ?? workspace.find(/\.gemspec$/),
    options: [],
    outputs: [CLIENT_OUTPUTS.rubySourceUrl],
    load: () =>
      import(/* webpackChunkName: "other-clients" */ './ruby.js').then(
        (planner) => planner.rubyConfigurer
      )
  },
  swift: {
    format: 'swift',
    detect: (workspace) => workspace.find('Package.swift'),
    options: ['swiftScopes'],
    outputs: [CLIENT_OUTPUTS.swiftRegistryUrl],
    load: () =>
      import(/* webpackChunkName: "other-clients" */ './swift.js').then(
        (planner) => planner.swiftConfigurer
      )
  }
} as const satisfies Record<string, ClientDescriptor<ClientOptionName>>

/** A client the action configures, e.g. `npm` or `yarn-berry`. */
export type ToolName = keyof typeof CLIENTS

/** Client names in the order the docs list them, for messages. */
export const TOOL_NAMES = Object.keys(CLIENTS) as ToolName[]

/** Each client's CodeArtifact package format. */
export const TOOL_FORMATS = Object.fromEntries(
  TOOL_NAMES.map((tool) => [tool, CLIENTS[tool].format])
) as { readonly [T in ToolName]: (typeof CLIENTS)[T]['format'] }

/** The settings a client's configuration lives in (see ClientDescriptor.shares). */
export function sharedSettings(tool: ToolName): readonly string[] {
  const descriptor: ClientDescriptor = CLIENTS[tool]
  return descriptor.shares ?? [tool]
}

/**
 * Loads the planners of `tools`, each module once: only the clients a run
 * configures load their planner and its format libraries. One after another:
 * compiling runs on the one main thread anyway, and jest's ESM loader fails
 * on concurrent imports of modules that share a dependency.
 *
 * @returns each tool's configurer
 * @throws the module loader's error when a planner's chunk cannot be loaded
 */
export async function loadPlanners(
  tools: Iterable<ToolName>
): Promise<ReadonlyMap<ToolName, ToolConfigurer>> {
  const planners = new Map<ToolName, ToolConfigurer>()
  for (const tool of new Set(tools)) planners.set(tool, await CLIENTS[tool].load())
  return planners
}
