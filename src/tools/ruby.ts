import path from 'node:path'
import YAML from 'yaml'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import { parseYamlFile } from './yaml-file.js'

type Location = Pick<JobLocation, 'platform' | 'home' | 'env'>

function pathFor(location: Pick<JobLocation, 'platform'>): path.PlatformPath {
  return location.platform === 'win32' ? path.win32 : path.posix
}

/**
 * Bundler's environment variable for credentials of `host`: `BUNDLE_` plus
 * the host upper-cased with `.` → `__` and `-` → `___`
 * (`Bundler::Settings.key_for`; https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES).
 */
export function bundlerCredentialEnvName(host: string): string {
  return `BUNDLE_${host.replace(/\./g, '__').replace(/-/g, '___').toUpperCase()}`
}

/** `RUBYGEMS_HOST` / the gem push host: the repository endpoint without its trailing slash. */
export function rubygemsHost(endpoint: string): string {
  return endpoint.replace(/\/+$/, '')
}

/** The gem source with `aws:<token>` credentials, as `~/.gemrc` `:sources:` needs it. */
export function credentialedGemSource(endpoint: string, token: string): string {
  const url = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`)
  url.username = 'aws'
  url.password = encodeURIComponent(token)
  return url.toString()
}

/**
 * The user's gemrc candidates in RubyGems' order (`Gem.find_config_file`):
 * `~/.gemrc`, else `$XDG_CONFIG_HOME/gem/gemrc` (default `~/.config/gem/gemrc`).
 */
export function userGemrcCandidates(location: Location): [string, string] {
  const p = pathFor(location)
  const configHome = location.env.XDG_CONFIG_HOME || p.join(location.home, '.config')
  return [p.join(location.home, '.gemrc'), p.join(configHome, 'gem', 'gemrc')]
}

/**
 * The gem credentials file candidates in RubyGems' order
 * (`Gem::ConfigFile#credentials_path`): `~/.gem/credentials`, else
 * `$XDG_DATA_HOME/gem/credentials` (default `~/.local/share/gem/credentials`).
 */
export function gemCredentialsCandidates(location: Location): [string, string] {
  const p = pathFor(location)
  const dataHome = location.env.XDG_DATA_HOME || p.join(location.home, '.local', 'share')
  return [p.join(location.home, '.gem', 'credentials'), p.join(dataHome, 'gem', 'credentials')]
}

/** The gemrc this action writes for the job, in its private folder. */
export function jobGemrcPath(location: Pick<JobLocation, 'platform' | 'workDir'>): string {
  return pathFor(location).join(location.workDir, 'ruby', 'gemrc')
}

/** The first candidate that exists, else the first one (which RubyGems of every version reads). */
function existingOrFirst(candidates: string[], files: ReadonlyMap<string, string | null>): string {
  return candidates.find((candidate) => files.get(candidate) != null) ?? candidates[0]
}

/**
 * RubyGems and Bundler (Ruby 2.7+; AWS recommends 3.3+):
 * - Bundler: `BUNDLE_<HOST>=aws:<token>`, the environment form of
 *   `bundle config <host> aws:<token>`; the Gemfile names the source
 *   (`source "<ruby-source-url>"`). No file.
 * - `gem install`: a gemrc in the action's private folder with `:sources:`
 *   set to `https://aws:<token>@host/ruby/<repo>/` (CodeArtifact does not
 *   support `gem sources --add`), added through GEMRC after the user's own
 *   gemrc, which RubyGems then reads first — so their settings stay and only
 *   `:sources:` is replaced. The user's gemrc is not touched.
 * - `gem push`: RUBYGEMS_HOST (the endpoint) and, in the user's gem
 *   credentials file, `<RUBYGEMS_HOST>: Bearer <token>` (used by a plain
 *   `gem push`) and `:codeartifact_api_key: Bearer <token>` (for
 *   `gem push --key codeartifact_api_key`, as AWS documents). The file keeps the
 *   user's other keys and comments and is restored by the post step.
 *   GEM_HOST_API_KEY is not set: it would send the token to any host a later
 *   `gem push --host` names.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/configure-use-rubygems-bundler.html
 */
export const rubyConfigurer: ToolConfigurer = {
  reads: (_access, location) => [
    ...userGemrcCandidates(location),
    ...gemCredentialsCandidates(location)
  ],
  plan: planRuby
}

function planRuby({ access, location, files }: PlanRequest): ToolPlan {
  const host = new URL(access.endpoint).hostname
  const pushHost = rubygemsHost(access.endpoint)
  const gemrc = jobGemrcPath(location)
  const userGemrc = location.env.GEMRC || existingOrFirst(userGemrcCandidates(location), files)
  const credentialsPath = existingOrFirst(gemCredentialsCandidates(location), files)
  const delimiter = location.platform === 'win32' ? ';' : ':'
  const bearer = `Bearer ${access.token}`
  const credentials = setYamlKeys(files.get(credentialsPath) ?? null, credentialsPath, [
    [':codeartifact_api_key', bearer],
    [pushHost, bearer]
  ])
  return {
    files: [
      {
        path: gemrc,
        content: YAML.stringify({
          ':sources': [credentialedGemSource(access.endpoint, access.token)]
        })
      },
      { path: credentialsPath, content: credentials }
    ],
    env: {
      [bundlerCredentialEnvName(host)]: `aws:${access.token}`,
      GEMRC: `${userGemrc}${delimiter}${gemrc}`,
      RUBYGEMS_HOST: pushHost
    },
    outputs: { [Output.rubySourceUrl]: access.endpoint },
    notes: [
      `Ruby gem source: ${access.endpoint} (Bundler: ${bundlerCredentialEnvName(host)}; gem install: GEMRC; gem push: RUBYGEMS_HOST and ${credentialsPath})`
    ]
  }
}

/**
 * Sets top-level keys of a YAML mapping, keeping the rest of the document
 * (comments included) as the `yaml` package round-trips it.
 *
 * @throws Error naming `file` when it is not YAML or not a mapping
 */
function setYamlKeys(text: string | null, file: string, entries: [string, string][]): string {
  const doc = parseYamlFile(text ?? '', file, 'fix it, then re-run.')
  if (doc.contents !== null && !YAML.isMap(doc.contents)) {
    throw new Error(`${file} is not a YAML mapping; fix it, then re-run.`)
  }
  for (const [key, value] of entries) doc.set(key, value)
  return doc.toString()
}
