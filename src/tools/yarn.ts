import path from 'node:path'
import { isMap, Pair, Scalar, YAMLMap, type Document } from 'yaml'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import { npmrcReads } from './npm-locations.js'
import { planNpmrc } from './npm.js'
import { nerfDart } from './npmrc.js'
import { parseYamlFile } from './yaml-file.js'

/**
 * Yarn 1 (classic): reads npm's user config like npm (`NPM_CONFIG_USERCONFIG`,
 * `${VAR}` placeholders expanded) but sends the token for unscoped packages
 * only with `//host/path/:always-auth=true`, which npm 9+ no longer writes
 * (npm 11 warns "Unknown user config" about it and carries on). Shares npm's
 * job-level npmrc. Proven with yarn 1.22.22 (through corepack).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/npm-yarn.html
 */
export const yarnClassicConfigurer: ToolConfigurer = {
  reads: (_access, location) => npmrcReads(location),
  plan: (request) =>
    planNpmrc(request, [[`${nerfDart(request.access.endpoint)}:always-auth`, 'true']])
}

/** The user-level Yarn 2+ config: always `~/.yarnrc.yml` (`YARN_RC_FILENAME` renames only project files). */
export function yarnHomeRcPath(location: JobLocation): string {
  return path.join(location.home, '.yarnrc.yml')
}

/**
 * Yarn 2+ (berry): ignores npmrc. Merges into the home `~/.yarnrc.yml`,
 * keeping the user's settings and comments:
 * `npmRegistries["<endpoint>"]: {npmAuthToken: "${CODEARTIFACT_AUTH_TOKEN}", npmAlwaysAuth: true}`
 * (yarn expands the placeholder; the token never lands in the file) and
 * `npmRegistryServer: "<endpoint>"`, or `npmScopes.<scope>.npmRegistryServer`
 * per npm scope. Yarn deep-merges the home file under the project's
 * `.yarnrc.yml`, so a project that names the same registry keeps the token,
 * and a project `npmRegistryServer` still wins, as npm's project config does.
 * Proven with Yarn 2.4.2 and 4.18.1 through corepack.
 * Source: https://yarnpkg.com/configuration/yarnrc,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/npm-yarn.html
 */
export const yarnBerryConfigurer: ToolConfigurer = {
  reads: (_access, location) => [yarnHomeRcPath(location)],
  plan: planYarnBerry
}

/**
 * `yarn`: both Yarn 1 and Yarn 2+, for workflows that don't say which one
 * runs (GitHub's runners ship Yarn 1; Corepack brings Yarn 4). The two write
 * different files, so configuring both costs nothing but npm's `always-auth`
 * warning; `yarn-classic` or `yarn-berry` configure just one.
 */
export const yarnConfigurer: ToolConfigurer = {
  reads: (access, location, options) => [
    ...yarnClassicConfigurer.reads(access, location, options),
    ...yarnBerryConfigurer.reads(access, location, options)
  ],
  plan: (request) => {
    const classic = yarnClassicConfigurer.plan(request)
    const files = new Map(request.files)
    for (const file of classic.files) files.set(file.path, file.content)
    const berry = yarnBerryConfigurer.plan({ ...request, files })
    return {
      files: [...classic.files, ...berry.files],
      env: { ...classic.env, ...berry.env },
      outputs: { ...classic.outputs, ...berry.outputs },
      notes: [
        ...classic.notes.map((note) => `Yarn 1: ${note}`),
        ...berry.notes.map((note) => `Yarn 2+: ${note}`)
      ]
    }
  }
}

function planYarnBerry(request: PlanRequest): ToolPlan {
  const { access, location, options } = request
  const file = yarnHomeRcPath(location)
  const doc = parseYarnrc(request.files.get(file) ?? '', file)
  const root = mapAt(doc.contents as YAMLMap, 'npmRegistries', doc)
  const registry = mapAt(root, access.endpoint, doc)
  registry.set('npmAuthToken', quoted(`\${${access.tokenEnvName}}`))
  registry.set('npmAlwaysAuth', true)
  const top = doc.contents as YAMLMap
  if (options.npmScopes.length === 0) {
    top.set('npmRegistryServer', quoted(access.endpoint))
  } else {
    const scopes = mapAt(top, 'npmScopes', doc)
    for (const scope of options.npmScopes) {
      mapAt(scopes, scope.slice(1), doc).set('npmRegistryServer', quoted(access.endpoint))
    }
  }
  const routed =
    options.npmScopes.length === 0
      ? 'npmRegistryServer'
      : `npmScopes ${options.npmScopes.join(', ')}`
  return {
    files: [{ path: file, content: doc.toString() }],
    env: {},
    outputs: { [Output.npmRegistryUrl]: access.endpoint },
    notes: [
      `${routed} → ${access.endpoint}, token \${${access.tokenEnvName}} in npmRegistries (${file}); a project .yarnrc.yml npmRegistryServer takes precedence`
    ]
  }
}

/** Parses `~/.yarnrc.yml` as a document (comments kept); an empty file is an empty map. */
function parseYarnrc(text: string, file: string): Document {
  const doc = parseYamlFile(text, file, 'Yarn cannot read it either. Fix or remove it.')
  if (doc.contents === null) doc.contents = new YAMLMap(doc.schema)
  if (!isMap(doc.contents)) {
    throw new Error(`${file} must hold a YAML mapping of Yarn settings; fix or remove it.`)
  }
  return doc
}

/** The map under `key` in `parent`, created (with a double-quoted key) when missing. */
function mapAt(parent: YAMLMap, key: string, doc: Document): YAMLMap {
  const existing = parent.items.find(
    (pair) => String((pair.key as Scalar)?.value ?? pair.key) === key
  )
  if (existing && isMap(existing.value)) return existing.value
  const created = new YAMLMap(doc.schema)
  if (existing) existing.value = created
  else parent.items.push(new Pair(/[^A-Za-z0-9_-]/.test(key) ? quoted(key) : key, created))
  return created
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value)
  scalar.type = 'QUOTE_DOUBLE'
  return scalar
}
