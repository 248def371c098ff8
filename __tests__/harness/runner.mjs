// Runs the bundled action exactly as the GitHub runner does: `node dist/main/index.js`, then
// `node dist/post/index.js`, with INPUT_* variables, GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE /
// GITHUB_STEP_SUMMARY files, RUNNER_TEMP, a workspace and HOME in a temporary folder. Between
// steps, the env the main step exported is applied, as the runner applies GITHUB_ENV to later
// steps. Plain Node ESM so that jest tests (through action-runner.ts, which adds the types),
// scripts/demo.mjs and scripts/render-summary.mjs share one implementation. The steps run on
// Node 24, as action.yml's `runs.using: node24` says, whatever node runs the tests.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { actionNode } from './test-clients.mjs'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The uid and gid of `nobody`, for steps run unprivileged (see createJob). */
const NOBODY = 65534

/**
 * Creates a job folder tree under the OS temp dir (or `root` when given).
 * With `options.unprivileged`, its steps run as `nobody` when the tests run
 * as root (through setpriv), so that file modes are enforced as for a
 * runner's ordinary user; as any other user they run as that user.
 */
export function createJob(env = {}, root, options = {}) {
  const base = root ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ca-job-'))
  const job = {
    root: base,
    home: path.join(base, 'home'),
    runnerTemp: path.join(base, 'runner-temp'),
    workspace: path.join(base, 'workspace'),
    env,
    exported: {},
    state: {},
    unprivileged: options.unprivileged ?? false
  }
  for (const dir of [job.home, job.runnerTemp, job.workspace]) {
    fs.mkdirSync(dir, { recursive: true })
  }
  return job
}

/** Parses the runner's file-command format (`name<<DELIM\nvalue\nDELIM` or `name=value`). */
export function parseFileCommands(text) {
  const result = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      result[name] = value.join('\n')
    } else {
      const equals = line.indexOf('=')
      if (equals > 0) result[line.slice(0, equals)] = line.slice(equals + 1)
    }
  }
  return result
}

/** Base environment for a step: a clean env, not the calling process's. */
function baseEnv(job) {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: job.home,
    RUNNER_TEMP: job.runnerTemp,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

/** Input env names keep hyphens and are upper-cased, as the runner does (`INPUT_DOMAIN-OWNER`). */
function inputEnv(inputs) {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

async function runStep(job, script, extraEnv) {
  const unique = `${Date.now()}-${Math.random()}`
  const files = {
    output: path.join(job.root, `output-${unique}`),
    env: path.join(job.root, `env-${unique}`),
    state: path.join(job.root, `state-${unique}`),
    summary: path.join(job.root, `summary-${unique}`)
  }
  for (const file of Object.values(files)) fs.writeFileSync(file, '')
  const unprivileged = job.unprivileged && process.getuid?.() === 0
  const node = actionNode()
  let scriptPath = path.join(REPO_ROOT, script)
  let nodePath = node
  if (unprivileged) {
    // `nobody` may not reach the checkout (a private folder: `mktemp -d`, /root), where the
    // bundle and the pinned node live: the step runs a copy of the bundle in the job's folder,
    // and a node it can reach.
    scriptPath = bundleCopy(job, script)
    nodePath = reachableCopy(node)
    // root ignores file modes; run the step as `nobody`, as a runner's non-root user would be.
    const tree = fs
      .readdirSync(job.root, { recursive: true })
      .map((name) => path.join(job.root, name))
    for (const file of [job.root, ...tree]) fs.lchownSync(file, NOBODY, NOBODY)
  }
  const env = {
    ...baseEnv(job),
    ...job.env,
    ...job.exported,
    ...extraEnv,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    // A job may point a runner file elsewhere (to test a broken runner set-up).
    ...Object.fromEntries(
      Object.entries(job.env).filter(([name]) =>
        ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].includes(name)
      )
    )
  }
  const [command, args] = unprivileged
    ? [
        'setpriv',
        [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', nodePath, scriptPath]
      ]
    : [node, [scriptPath]]
  const child = spawn(command, args, {
    env,
    cwd: job.workspace,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()))
  const code = await new Promise((resolve) => child.on('close', resolve))
  const raw = {
    output: fs.readFileSync(files.output, 'utf8'),
    env: fs.readFileSync(files.env, 'utf8'),
    state: fs.readFileSync(files.state, 'utf8')
  }
  const summary = fs.readFileSync(files.summary, 'utf8')
  for (const file of Object.values(files)) fs.rmSync(file)
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(raw.output),
    exportedEnv: parseFileCommands(raw.env),
    savedState: parseFileCommands(raw.state),
    summary,
    raw
  }
}

/** The step's bundle folder (`dist/main` or `dist/post`) copied into the job's folder, once per job. */
function bundleCopy(job, script) {
  const copy = path.join(job.root, 'action', path.dirname(script))
  if (!fs.existsSync(copy))
    fs.cpSync(path.join(REPO_ROOT, path.dirname(script)), copy, { recursive: true })
  return path.join(copy, path.basename(script))
}

/** Whether every folder above `file` lets others through, and others may run it. */
function othersCanRun(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false
    if (dir === path.dirname(dir)) break
  }
  return (fs.statSync(file).mode & 0o001) !== 0
}

/** `program` (a node binary), or a copy of it in the OS temp folder (made once) when others cannot reach it. */
function reachableCopy(program) {
  if (othersCanRun(program)) return program
  const { size, mtimeMs } = fs.statSync(program)
  const folder = path.join(os.tmpdir(), `ca-test-node-${size}-${Math.trunc(mtimeMs)}`)
  const copy = path.join(folder, 'node')
  if (!fs.existsSync(copy)) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o755 })
    const partial = `${copy}.${process.pid}`
    fs.copyFileSync(program, partial)
    fs.chmodSync(partial, 0o755)
    fs.renameSync(partial, copy)
  }
  return copy
}

/**
 * Runs `dist/main/index.js` with `inputs`; records exported env and saved state on the job, as
 * the runner would for later steps and the post step.
 */
export async function runMain(job, inputs) {
  const result = await runStep(job, 'dist/main/index.js', inputEnv(inputs))
  Object.assign(job.exported, result.exportedEnv)
  Object.assign(job.state, result.savedState)
  return result
}

/** Runs `dist/post/index.js` with the main step's inputs and saved state (`STATE_<name>`). */
export async function runPost(job, inputs = {}) {
  const stateEnv = Object.fromEntries(
    Object.entries(job.state).map(([name, value]) => [`STATE_${name}`, value])
  )
  return runStep(job, 'dist/post/index.js', { ...inputEnv(inputs), ...stateEnv })
}

/** The env a later step of the job sees: job env plus everything exported so far. */
export function stepEnv(job, extra = {}) {
  return { ...baseEnv(job), ...job.env, ...job.exported, ...extra }
}

/** Every regular file under `dir`, recursively, as absolute paths. */
export function listFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}
