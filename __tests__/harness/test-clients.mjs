// Where the package clients of the e2e tests live: scripts/install-test-clients.sh installs them
// into .test-clients/ (git-ignored) at the versions scripts/test-clients/ pins. Each lookup
// returns how to run one client, or throws at once, naming that script, when it is missing, so
// that a test fails with the fix instead of hanging or running whatever the machine has.
// Plain Node ESM so that runner.mjs (the action's Node 24) and the typed tests share it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The script that installs every test client; named by every "missing" error. */
export const INSTALL_SCRIPT = 'scripts/install-test-clients.sh'

/** Where the install script puts the clients. */
export const TEST_CLIENTS_DIR = path.join(REPO_ROOT, '.test-clients')

const NPM_PACKAGES = path.join(TEST_CLIENTS_DIR, 'npm', 'node_modules')
const MANIFEST = path.join(REPO_ROOT, 'scripts', 'test-clients', 'package.json')

/** A client that is not installed: the message names the install script. */
export class MissingClientError extends Error {
  constructor(client, file) {
    super(`${client} is not installed (no ${file}): run ${INSTALL_SCRIPT} (see CONTRIBUTING.md)`)
    this.name = 'MissingClientError'
  }
}

function existing(client, file) {
  if (!fs.existsSync(file)) throw new MissingClientError(client, file)
  return file
}

/** The version scripts/test-clients/package.json pins for an npm alias (`npm-10` → `10.9.9`). */
export function pinnedVersion(alias) {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'))
  const spec = { ...manifest.dependencies, ...manifest.optionalDependencies }[alias]
  if (spec === undefined) throw new Error(`${MANIFEST} has no ${alias}`)
  return spec.slice(spec.lastIndexOf('@') + 1)
}

/**
 * The Node 24 binary the action runs on (action.yml `runs.using: node24`): the pinned one
 * from the npm registry's `node-linux-<arch>` package, else this process's node when it is
 * Node 24 (a developer following .node-version).
 * @throws MissingClientError otherwise
 */
export function actionNode() {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64'
  const pinned = path.join(NPM_PACKAGES, `node-24-linux-${arch}`, 'bin', 'node')
  if (process.platform === 'linux' && fs.existsSync(pinned)) return pinned
  if (process.versions.node.split('.')[0] === '24') return process.execPath
  throw new MissingClientError(`Node 24 (this is ${process.version})`, pinned)
}

/**
 * A JavaScript client run by the action's Node 24: `{ command, args }` to which the client's
 * own arguments are appended. `alias` is a dependency of scripts/test-clients/package.json
 * (`npm-10`, `pnpm-9`, `corepack` …).
 */
export function nodeClient(alias) {
  const entry = {
    npm: ['bin', 'npm-cli.js'],
    pnpm: ['bin', 'pnpm.cjs'],
    corepack: ['dist', 'corepack.js']
  }[alias.split('-')[0]]
  if (entry === undefined) throw new Error(`no entry point known for ${alias}`)
  let script = path.join(NPM_PACKAGES, alias, ...entry)
  // pnpm 11+ ships bin/pnpm.mjs, which starts its native binary.
  if (!fs.existsSync(script) && alias.startsWith('pnpm-')) {
    script = path.join(NPM_PACKAGES, alias, 'bin', 'pnpm.mjs')
  }
  return { command: actionNode(), args: [existing(alias, script)] }
}

/** The bun binary of one release line (`1.2`, `1.3`, `1.4`), from the `@oven/bun-linux-*` package. */
export function bunBinary(line) {
  const arch = process.arch === 'arm64' ? 'aarch64' : 'x64'
  return existing(`bun ${line}`, path.join(NPM_PACKAGES, `bun-${line}-linux-${arch}`, 'bin', 'bun'))
}

/**
 * COREPACK_HOME as the install script filled it: every Yarn the tests run through corepack is
 * already there, so the tests run corepack with COREPACK_ENABLE_NETWORK=0.
 */
export function corepackHome() {
  return path.dirname(existing('corepack Yarn', path.join(TEST_CLIENTS_DIR, 'corepack', '.stamp')))
}

/** An executable of one Python client set (`newest`, `poetry-1.2` …: scripts/test-clients/python/). */
export function pythonClient(set, executable) {
  return existing(
    `${executable} (${set})`,
    path.join(TEST_CLIENTS_DIR, 'python', set, 'bin', executable)
  )
}

/**
 * The corepack spec of a pinned Yarn (`1` → `yarn@1.22.22+sha512.…`), from
 * scripts/test-clients/corepack.txt: what a project's `packageManager` names.
 */
export function corepackYarn(major) {
  const specs = fs
    .readFileSync(path.join(REPO_ROOT, 'scripts', 'test-clients', 'corepack.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`yarn@${major}.`))
  if (specs.length !== 1) throw new Error(`corepack.txt pins no single Yarn ${major}`)
  return specs[0]
}

/** The version a Python client set pins for a package (`newest`, `poetry` → `2.5.1`). */
export function pythonPinned(set, pkg) {
  const file = path.join(REPO_ROOT, 'scripts', 'test-clients', 'python', `${set}.txt`)
  const line = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .find((candidate) => candidate.toLowerCase().startsWith(`${pkg.toLowerCase()}==`))
  if (line === undefined) throw new Error(`${file} pins no ${pkg}`)
  return line.slice(pkg.length + 2).trim()
}

/**
 * The local Maven repository holding the plugins the JVM tests run (maven-resources, -compiler,
 * -install and -deploy-plugin at the versions scripts/test-clients/maven/pom.xml pins), seeded
 * from Maven Central by the install script: the tests offer it as a `file://` plugin repository.
 * @throws MissingClientError when it has not been seeded
 */
export function mavenPluginRepository() {
  const repository = path.join(TEST_CLIENTS_DIR, 'm2')
  existing('Maven plugins for the tests', path.join(repository, '.stamp'))
  return repository
}
