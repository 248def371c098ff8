#!/usr/bin/env node
// `npm run bench`: the bundled action (dist/main, then dist/post, on Node 24 as the runner runs
// them) in the world users run it in: IAM that enforces permissions (moto_server with
// INITIAL_NO_AUTH_ACTION_COUNT after set-up), a role carrying exactly the README's consumer
// policy, assumed as session credentials, and the CodeArtifact emulator deciding each call from
// that role's policies; the e2e harness's __tests__/harness/local-aws-env.mjs builds it.
//
// Variants: one client (npm), two (npm, pip), every client; `check-permissions` off and left at
// its default (auto); with and without `domain-owner`; at each added latency per AWS request
// (0 and 40 ms by default). Each variant runs with this build and with today's bundle
// (bench/baseline/: the action as released before this round of work), side by side; and each
// round also runs `aws codeartifact login --tool npm`, then `--tool pip` (awscli v1 from PyPI,
// and the Debian awscli v2 when installed), and the floor: an STS-only SDK bundle built from
// bench/floor.mjs. The order within a round is shuffled (seeded), a variant's two bundles run
// back to back in random order, and every ratio is a median of per-round ratios.
//
//   npm run package && npm run bench                  # the full run (about 15 minutes)
//   npm run bench -- --runs 3 --latency 40 --clients npm --out /tmp/bench   # a quick look
//   node bench/readme.mjs                             # README § Performance from latest.json
//
// Prints the tables; writes the JSON to bench/results/<timestamp>.json and latest.json (or to
// --out DIR). What each number means is in README § Performance and in `method` in the JSON.
import { spawn, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { startLocalAws } from '../__tests__/harness/local-aws-env.mjs'
import { createJob, parseFileCommands } from '../__tests__/harness/runner.mjs'
import { actionNode } from '../__tests__/harness/test-clients.mjs'
import { startAwsProxy, preciseNow } from './aws-proxy.mjs'
import { performanceMarkdown } from './report.mjs'
import { asciiBundles } from '../scripts/ascii-bundle.mjs'
import { bundle } from '../scripts/bundle.mjs'
import { minifyBundles } from '../scripts/minify-bundle.mjs'
import {
  countOperations,
  judgeTargets,
  mode,
  pairedRatio,
  parseArgs,
  README_CONSUMER,
  seededRandom,
  shuffled,
  summarize
} from './stats.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DOMAIN = 'my-domain'
const REPOSITORY = 'my-repo'
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null
/** The bundle users had before this round of work (issue #14): built from this commit. */
const BASELINE_COMMIT = 'ada2fdf'

const options = parseArgs(process.argv.slice(2))
const seed = options.seed ?? Date.now() % 2 ** 31
const NODE = actionNode()
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bench-'))

/** A build of the action: its dist/ folder and the action.yml whose defaults the runner passes. */
function bundleAt(id, dist, actionYml, commit) {
  const main = path.join(dist, 'main', 'index.js')
  const post = path.join(dist, 'post', 'index.js')
  for (const file of [main, post, actionYml]) {
    if (!fs.existsSync(file))
      throw new Error(
        `${path.relative(ROOT, file)} is missing${id === 'current' ? ': run `npm run package` first' : ''}.`
      )
  }
  return { id, dist, main, post, commit, defaults: inputDefaults(actionYml) }
}

/** Every input of action.yml with its default (`''` when none): the runner sets them all. */
function inputDefaults(actionYml) {
  const action = parseYaml(fs.readFileSync(actionYml, 'utf8'))
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [name, String(input.default ?? '')])
  )
}

// ---------------------------------------------------------------- measuring one process

/**
 * Runs `command args` to exit. Returns wall ms (spawn → exit), the spawn's epoch ms, peak RSS KiB,
 * CPU ms (user + system, the process and the children it waited for; 10 ms resolution; null
 * without /usr/bin/time), exit code and output.
 */
async function measure(command, args, { env, cwd }) {
  const usageFile = path.join(scratch, `usage-${process.hrtime.bigint()}`)
  const [file, argv] = TIME
    ? [TIME, ['-f', '%M %U %S', '-o', usageFile, command, ...args]]
    : [command, args]
  const startedAt = preciseNow()
  const t0 = performance.now()
  const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal))
  })
  const wallMs = performance.now() - t0
  await new Promise((resolve) =>
    child.stdout.readableEnded ? resolve() : child.once('close', resolve)
  )
  let peakRssKb = null
  let cpuMs = null
  if (TIME) {
    // The last line: a signalled child makes time(1) print a note above it.
    const [rss, user, system] = fs
      .readFileSync(usageFile, 'utf8')
      .trim()
      .split('\n')
      .pop()
      .split(' ')
    peakRssKb = Number(rss) || null
    cpuMs = Math.round((Number(user) + Number(system)) * 1000)
    fs.rmSync(usageFile, { force: true })
  }
  return { wallMs, startedAt, peakRssKb, cpuMs, code, stdout, stderr }
}

// ---------------------------------------------------------------- the world

/**
 * The enforcing world of the e2e tests, a README-consumer role session, and the counting proxy
 * in front of its IAM/STS. The emulator asks the world's policy oracle once per distinct call
 * (`memoizeAuthorization`): the policies never change here, and the oracle runs in this process.
 */
async function startWorld() {
  const aws = await startLocalAws({
    domains: { [DOMAIN]: { owner: '123456789012', repositories: [REPOSITORY] } },
    emulator: { memoizeAuthorization: true }
  })
  try {
    const proxy = await startAwsProxy({ target: aws.proxy.url })
    const role = await aws.jobEnv()
    return {
      aws,
      proxy,
      account: aws.account,
      env: { ...role, AWS_ENDPOINT_URL_STS: proxy.url, AWS_ENDPOINT_URL_IAM: proxy.url },
      setLatency(ms) {
        aws.emulator.setLatency(ms)
        proxy.setLatency(ms)
      },
      resetLogs() {
        aws.emulator.resetLog()
        proxy.resetLog()
      },
      /** Every AWS call since the last reset: operation, arrival and whether it was refused. */
      calls() {
        const codeartifact = aws.emulator.requests
          .filter((r) => r.kind === 'api')
          .map((r) => ({
            time: r.time,
            operation: `codeartifact:${r.operation}`,
            denied: r.status === 403
          }))
        const iamSts = proxy.requests.map((r) => ({
          time: r.time,
          operation: `${r.service}:${r.action}`,
          denied: r.denied
        }))
        return [...codeartifact, ...iamSts].sort((a, b) => a.time - b.time)
      },
      async stop() {
        await proxy.stop()
        await aws.stop()
      }
    }
  } catch (error) {
    await aws.stop()
    throw error
  }
}

// ---------------------------------------------------------------- the action, as the runner runs it

/** Input env names keep hyphens and are upper-cased, as the runner does (`INPUT_DOMAIN-OWNER`). */
const inputEnv = (inputs) =>
  Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
  )

/** A fresh job (HOME, RUNNER_TEMP, workspace) under the scratch folder. */
const newJob = () => createJob({}, fs.mkdtempSync(path.join(scratch, 'job-')))

function runnerEnv(job, awsEnv) {
  const files = Object.fromEntries(
    ['output', 'env', 'state', 'summary'].map((name) => [
      name,
      path.join(job.root, `${name}-${Math.random()}`)
    ])
  )
  for (const file of Object.values(files)) fs.writeFileSync(file, '')
  return {
    files,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: job.home,
      RUNNER_TEMP: job.runnerTemp,
      GITHUB_WORKSPACE: job.workspace,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_WORKFLOW: 'ci',
      GITHUB_RUN_ID: '1',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...awsEnv
    }
  }
}

/** What the servers logged for one process: counts, refusals, and the first arrival after spawn. */
function callsOf(world, startedAt) {
  const calls = world.calls()
  const denied = calls.filter((c) => c.denied)
  return {
    awsCalls: calls.length,
    operations: calls.map((c) => c.operation),
    denied: denied.length,
    deniedOperations: denied.map((c) => c.operation),
    firstRequestMs: calls.length ? calls[0].time - startedAt : null
  }
}

let profiles = 0

/** With `--profile DIR`: node's flags for a CPU profile named after the bundle and `label`. */
function profileFlags(bundle, label) {
  if (!options.profile) return []
  const name = `${bundle.id}-${label.replace(/[^a-z0-9-]+/gi, '_')}-${++profiles}.cpuprofile`
  return [
    '--cpu-prof',
    `--cpu-prof-dir=${path.resolve(options.profile)}`,
    `--cpu-prof-name=${name}`
  ]
}

/**
 * One main step (measured, with the AWS calls it made) and its post step (timed), in a fresh job,
 * with the workflow's `inputs` over action.yml's defaults as the runner passes them.
 */
async function runAction(world, bundle, inputs, label) {
  const job = newJob()
  const { env, files } = runnerEnv(job, world.env)
  const stepInputs = inputEnv({ ...bundle.defaults, ...inputs })
  world.resetLogs()
  const main = await measure(NODE, [...profileFlags(bundle, label), bundle.main], {
    env: { ...env, ...stepInputs },
    cwd: job.workspace
  })
  const calls = callsOf(world, main.startedAt)
  let post = { code: 0, wallMs: null }
  if (bundle.post) {
    const state = parseFileCommands(fs.readFileSync(files.state, 'utf8'))
    const exported = parseFileCommands(fs.readFileSync(files.env, 'utf8'))
    const postEnv = runnerEnv(job, world.env).env
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
    post = await measure(NODE, [bundle.post], {
      env: { ...postEnv, ...exported, ...stepInputs, ...stateEnv },
      cwd: job.workspace
    })
  }
  fs.rmSync(job.root, { recursive: true, force: true })
  const ok = main.code === 0 && post.code === 0
  return {
    ok,
    wallMs: main.wallMs,
    cpuMs: main.cpuMs,
    postMs: post.wallMs,
    peakRssKb: main.peakRssKb,
    ...calls,
    error: ok
      ? null
      : main.code === 0
        ? `post step exited ${post.code}: ${post.stdout}${post.stderr}`
        : `main step exited ${main.code}: ${main.stdout}${main.stderr}`
  }
}

/** The tool names a bundle accepts, read from its own error message for an unknown tool. */
async function supportedTools(world, bundle) {
  const job = newJob()
  const { env } = runnerEnv(job, world.env)
  const inputs = inputEnv({
    ...bundle.defaults,
    domain: DOMAIN,
    repository: REPOSITORY,
    tools: 'bench-probe'
  })
  const probe = await measure(NODE, [bundle.main], {
    env: { ...env, ...inputs },
    cwd: job.workspace
  })
  fs.rmSync(job.root, { recursive: true, force: true })
  const match = /list of ([a-z0-9, -]+)\./.exec(probe.stdout)
  if (!match)
    throw new Error(
      `could not read the tool list from ${bundle.main}:\n${probe.stdout}${probe.stderr}`
    )
  return match[1]
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
}

/**
 * Bundles bench/floor.mjs as the action is bundled (`npm run package`: scripts/bundle.mjs, ncc
 * with the SDK from its ES modules; then scripts/minify-bundle.mjs and scripts/ascii-bundle.mjs),
 * into the scratch folder.
 * @returns the bundle's path
 * @throws Error when ncc or the minifier fails
 */
async function buildFloor() {
  const out = path.join(scratch, 'floor')
  bundle(path.join(ROOT, 'bench', 'floor.mjs'), out, { quiet: true })
  await minifyBundles([out])
  asciiBundles([out])
  return ['index.mjs', 'index.js'].map((f) => path.join(out, f)).find((f) => fs.existsSync(f))
}

// ---------------------------------------------------------------- aws codeartifact login

const run = (command, args) => {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
  } catch {
    return null
  }
}

/**
 * The AWS CLIs to compare with: v1 from PyPI (.ci/run installs it; the real executable, not a
 * pyenv shim, as on a runner image) and v2 from Debian's `awscli` package, when installed.
 * @returns {Array<{id: string, aws: string, bin: string, version: string}>}
 */
function findClis() {
  const found = []
  const v1 = run('pyenv', ['which', 'aws']) ?? run('which', ['aws'])
  const candidates = [
    ['awscli-v1', v1 && fs.realpathSync(v1)],
    ['awscli-v2', '/usr/bin/aws']
  ]
  for (const [id, aws] of candidates) {
    if (!aws || !fs.existsSync(aws)) continue
    const version = run(aws, ['--version'])
    if (!version) continue
    const major = /^aws-cli\/(\d+)\./.exec(version)?.[1]
    if (`awscli-v${major}` !== id) continue
    if (found.some((c) => c.aws === aws)) continue
    found.push({ id, aws, bin: path.dirname(aws), version })
  }
  return found
}

/** `aws codeartifact login --tool npm`, then `--tool pip`, back to back in one fresh HOME. */
async function runCli(world, cli) {
  const home = fs.mkdtempSync(path.join(scratch, 'cli-home-'))
  const env = {
    // The CLI's own folder first: its python, and the pip it runs (Debian's for v2).
    PATH: `${cli.bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    AWS_DEFAULT_REGION: world.env.AWS_REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    ...world.env
  }
  const result = {}
  for (const tool of ['npm', 'pip']) {
    world.resetLogs()
    const login = await measure(
      cli.aws,
      [
        'codeartifact',
        'login',
        '--tool',
        tool,
        '--domain',
        DOMAIN,
        '--repository',
        REPOSITORY,
        '--endpoint-url',
        world.env.AWS_ENDPOINT_URL_CODEARTIFACT
      ],
      { env, cwd: home }
    )
    result[tool] = {
      ok: login.code === 0,
      wallMs: login.wallMs,
      cpuMs: login.cpuMs,
      postMs: null,
      peakRssKb: login.peakRssKb,
      ...callsOf(world, login.startedAt),
      error: login.code === 0 ? null : `exit ${login.code}: ${login.stdout}${login.stderr}`
    }
  }
  fs.rmSync(home, { recursive: true, force: true })
  return result
}

// ---------------------------------------------------------------- variants and rounds

const CLIENT_LABELS = { npm: 'npm', 'npm-pip': 'npm, pip' }

/** Every variant the options keep: clients × check × owner, with the workflow's inputs. */
function variantsFor(tools, account) {
  const toolsOf = { npm: ['npm'], 'npm-pip': ['npm', 'pip'], all: tools }
  const variants = []
  for (const clients of options.clients) {
    for (const check of options.check) {
      for (const owner of options.owner) {
        const id = `${clients}/${check}/${owner}`
        variants.push({
          id,
          clients,
          check,
          owner,
          readmeConsumer: id === README_CONSUMER,
          clientsLabel: CLIENT_LABELS[clients] ?? `all ${tools.length}`,
          inputs: {
            domain: DOMAIN,
            repository: REPOSITORY,
            tools: toolsOf[clients].join(', '),
            ...(owner === 'given' ? { 'domain-owner': account } : {}),
            // auto: the input left out, as the README's consumer does (the runner passes the default).
            ...(check === 'off' ? { 'check-permissions': 'off' } : {})
          }
        })
      }
    }
  }
  return variants
}

/** One unmeasured pass over every unit (page cache, moto's first calls, the replayed answers). */
async function warmUp(units) {
  for (const unit of units) await unit.run(() => {})
}

/**
 * Rounds at one latency: each round runs every unit once, in a shuffled order; a variant's two
 * bundles run back to back, in random order.
 */
async function benchLatency(world, latencyMs, units, random) {
  world.setLatency(latencyMs)
  await warmUp(units)
  const samples = new Map(units.map((u) => [u.id, []]))
  const loads = []
  const started = Date.now()
  for (let round = 0; round < options.runs; round++) {
    for (const unit of shuffled(units, random)) {
      await unit.run((sample) => samples.get(unit.id).push(sample), random)
    }
    loads.push(os.loadavg()[0])
    const perRound = (Date.now() - started) / (round + 1)
    process.stderr.write(
      `  ${latencyMs} ms: round ${round + 1}/${options.runs}, ${(perRound / 1000).toFixed(1)} s a round, ` +
        `load ${os.loadavg()[0].toFixed(2)}   \r`
    )
  }
  process.stderr.write('\n')
  return { samples, loads }
}

/** A sample set's summary; `samples` keeps the per-round values (null: that run failed). */
function aggregate(runs) {
  const ok = runs.filter((r) => r.ok)
  const values = (key) => ok.map((r) => r[key]).filter((v) => v != null)
  const maybe = (key) => (values(key).length ? summarize(values(key)) : null)
  const calls = mode(ok.map((r) => r.awsCalls))
  const typical = ok.find((r) => r.awsCalls === calls)
  const deniedMode = mode(ok.map((r) => r.denied))
  return {
    runs: runs.length,
    failures: runs.length - ok.length,
    firstError: runs.find((r) => !r.ok)?.error?.slice(0, 2000) ?? null,
    wallMs: maybe('wallMs'),
    cpuMs: maybe('cpuMs'),
    postMs: maybe('postMs'),
    peakRssKb: maybe('peakRssKb'),
    firstRequestMs: maybe('firstRequestMs'),
    awsCalls: calls,
    operations: typical ? countOperations(typical.operations) : '',
    deniedCalls: deniedMode,
    deniedOperations: countOperations(
      ok.find((r) => r.denied === deniedMode)?.deniedOperations ?? []
    ),
    samples: {
      wallMs: runs.map((r) => (r.ok ? r.wallMs : null)),
      cpuMs: runs.map((r) => (r.ok ? r.cpuMs : null)),
      firstRequestMs: runs.map((r) => (r.ok ? r.firstRequestMs : null))
    }
  }
}

/** npm then pip in the same round, as one sample (what the two-client variants compare with). */
function npmThenPip(rounds) {
  return rounds.map(({ npm, pip }) => ({
    ok: npm.ok && pip.ok,
    wallMs: npm.wallMs + pip.wallMs,
    cpuMs: npm.cpuMs == null ? null : npm.cpuMs + pip.cpuMs,
    postMs: null,
    peakRssKb: Math.max(npm.peakRssKb ?? 0, pip.peakRssKb ?? 0) || null,
    awsCalls: npm.awsCalls + pip.awsCalls,
    operations: [...npm.operations, ...pip.operations],
    denied: npm.denied + pip.denied,
    deniedOperations: [...npm.deniedOperations, ...pip.deniedOperations],
    firstRequestMs: npm.firstRequestMs,
    error: npm.error ?? pip.error
  }))
}

/** The results of one latency: every variant with its ratios, the CLIs, the floor. */
function latencyResult(latencyMs, variants, clis, { samples, loads }) {
  const floor = samples.has('floor') ? aggregate(samples.get('floor')) : null
  const cliResults = Object.fromEntries(
    clis.map((cli) => {
      const rounds = samples.get(cli.id)
      return [
        cli.id,
        {
          npm: aggregate(rounds.map((r) => r.npm)),
          pip: aggregate(rounds.map((r) => r.pip)),
          npmThenPip: aggregate(npmThenPip(rounds))
        }
      ]
    })
  )
  const byId = new Map()
  const results = variants.map((variant) => {
    const rounds = samples.get(variant.id)
    const current = aggregate(rounds.map((r) => r.current))
    const baseline = options.baseline ? aggregate(rounds.map((r) => r.baseline)) : null
    const result = {
      id: variant.id,
      clients: variant.clients,
      clientsLabel: variant.clientsLabel,
      check: variant.check,
      owner: variant.owner,
      readmeConsumer: variant.readmeConsumer,
      inputs: variant.inputs,
      current,
      baseline,
      vsBaseline: baseline && pairedRatio(current.samples.wallMs, baseline.samples.wallMs),
      cpuVsBaseline: baseline && pairedRatio(current.samples.cpuMs, baseline.samples.cpuMs),
      vsCli: Object.fromEntries(
        Object.entries(cliResults).map(([id, cli]) => [
          id,
          pairedRatio(
            current.samples.wallMs,
            (variant.clients === 'npm' ? cli.npm : cli.npmThenPip).samples.wallMs
          )
        ])
      ),
      firstRequestVsFloor:
        floor && pairedRatio(current.samples.firstRequestMs, floor.samples.firstRequestMs),
      baselineFirstRequestVsFloor:
        floor &&
        baseline &&
        pairedRatio(baseline.samples.firstRequestMs, floor.samples.firstRequestMs)
    }
    byId.set(variant.id, result)
    return result
  })
  const pair = (a, b, bundle = 'current') =>
    byId.has(a) && byId.has(b) && byId.get(a)[bundle] && byId.get(b)[bundle]
      ? pairedRatio(byId.get(a)[bundle].samples.wallMs, byId.get(b)[bundle].samples.wallMs)
      : null
  const domainOwner = []
  for (const clients of options.clients) {
    for (const check of options.check) {
      const ratio = pair(`${clients}/${check}/given`, `${clients}/${check}/none`)
      if (ratio) domainOwner.push({ clients, check, ratio })
    }
  }
  return {
    latencyMs,
    loadAverage: summarize(loads),
    variants: results,
    clis: cliResults,
    floor,
    comparisons: {
      consumerAutoVsOff: pair(README_CONSUMER, 'npm/off/none'),
      baselineConsumerAutoVsOff: options.baseline
        ? pair(README_CONSUMER, 'npm/off/none', 'baseline')
        : null,
      domainOwner
    }
  }
}

function fileBytes(dir) {
  if (!fs.existsSync(dir)) return null
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
  return {
    totalBytes: files.reduce(
      (sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size,
      0
    ),
    files: files.length
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const loadAtStart = os.loadavg()[0]
  const startedAt = Date.now()
  const current = bundleAt(
    'current',
    path.resolve(options.dist ?? path.join(ROOT, 'dist')),
    path.join(ROOT, 'action.yml'),
    run('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'])
  )
  const baselineDir = path.resolve(
    options.baselineDir ?? path.join(ROOT, 'bench', 'baseline', BASELINE_COMMIT)
  )
  const baseline = options.baseline
    ? bundleAt(
        'baseline',
        path.join(baselineDir, 'dist'),
        path.join(baselineDir, 'action.yml'),
        path.basename(baselineDir)
      )
    : null
  const clis = options.cli ? findClis() : []
  if (options.cli && !clis.some((c) => c.id === 'awscli-v1'))
    process.stderr.write('awscli v1 not found (.ci/run installs it): no v1 rows.\n')
  if (options.cli && !clis.some((c) => c.id === 'awscli-v2'))
    process.stderr.write('awscli v2 not found (`apt-get install awscli` on Debian): no v2 rows.\n')
  const floorScript = await buildFloor()

  const world = await startWorld()
  try {
    const tools = await supportedTools(world, current)
    const baselineTools = baseline ? await supportedTools(world, baseline) : tools
    const missing = tools.filter((t) => !baselineTools.includes(t))
    if (missing.length)
      process.stderr.write(
        `Today's bundle lacks ${missing.join(', ')}: "all" is the clients both have.\n`
      )
    const common = tools.filter((t) => baselineTools.includes(t))
    const variants = variantsFor(common, world.account)
    const floorBundle = { id: 'floor', main: floorScript, post: null, defaults: {} }

    const units = [
      ...variants.map((variant) => ({
        id: variant.id,
        async run(record, random = Math.random) {
          const order =
            baseline && random() < 0.5 ? ['baseline', 'current'] : ['current', 'baseline']
          const sample = {}
          for (const which of order) {
            const bundle = which === 'current' ? current : baseline
            if (bundle) sample[which] = await runAction(world, bundle, variant.inputs, variant.id)
          }
          record(sample)
        }
      })),
      ...clis.map((cli) => ({
        id: cli.id,
        run: async (record) => record(await runCli(world, cli))
      })),
      {
        id: 'floor',
        run: async (record) =>
          record(await runAction(world, floorBundle, { region: world.env.AWS_REGION }, 'floor'))
      }
    ]

    const random = seededRandom(seed)
    const latencies = []
    for (const latencyMs of options.latencies) {
      const measured = await benchLatency(world, latencyMs, units, random)
      latencies.push(latencyResult(latencyMs, variants, clis, measured))
    }

    const report = {
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - startedAt) / 1000),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        actionNode: execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim(),
        platform: `${os.platform()} ${os.release()}`,
        // Other work on the machine inflates wall times (CPU times much less): 1-minute averages.
        loadAverage: { start: loadAtStart, end: os.loadavg()[0] }
      },
      options: { runs: options.runs, latencies: options.latencies, seed },
      bundles: {
        current: { commit: current.commit, main: fileBytes(path.join(current.dist, 'main')) },
        baseline: baseline && {
          commit: baseline.commit,
          main: fileBytes(path.join(baseline.dist, 'main'))
        }
      },
      clis: clis.map(({ id, version }) => ({ id, version })),
      tools: common,
      world: {
        iam: 'moto_server enforcing IAM (INITIAL_NO_AUTH_ACTION_COUNT after set-up)',
        principal:
          "a role with exactly the README's consumer policy, assumed (session credentials)",
        codeartifact: 'the emulator, each call decided from the role’s policies'
      },
      method: {
        wall: 'spawn → exit of the main step, performance.now() in the bench process',
        pairing:
          'each round runs every unit once in a shuffled order; a variant runs with both bundles back to back, in random order; ratios are medians (and quartiles) of the per-round ratios',
        cpu: 'user + system of the step (with its children), /usr/bin/time',
        peakRss: 'ru_maxrss via /usr/bin/time (KiB)',
        awsCalls: 'CodeArtifact calls at the emulator + IAM/STS calls at the counting proxy',
        deniedCalls:
          'answers that were an AccessDenied (IAM/STS: AccessDenied code; CodeArtifact: HTTP 403)',
        firstRequest: 'spawn → arrival of the first AWS request at either server',
        floor:
          'bench/floor.mjs bundled as the action is (scripts/bundle.mjs: ncc with the SDK from its ES modules; then scripts/minify-bundle.mjs and scripts/ascii-bundle.mjs): @aws-sdk/client-sts, one GetCallerIdentity',
        replayed:
          'iam:SimulatePrincipalPolicy answers and CodeArtifact authorization decisions are computed once (warm-up) and reused: the stand-ins decide them in the bench process'
      },
      latencies,
      targets: null
    }
    report.targets = judgeTargets(report)

    const out = options.out ?? path.join(ROOT, 'bench', 'results')
    fs.mkdirSync(out, { recursive: true })
    const stamp = report.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')
    const json = `${JSON.stringify(report, null, 2)}\n`
    fs.writeFileSync(path.join(out, `${stamp}.json`), json)
    fs.writeFileSync(path.join(out, 'latest.json'), json)
    process.stdout.write(
      `${performanceMarkdown(report)}\n\nJSON: ${path.join(out, `${stamp}.json`)}\n`
    )
    for (const l of latencies) {
      for (const v of l.variants) {
        for (const [which, agg] of [
          ['this build', v.current],
          ["today's bundle", v.baseline]
        ]) {
          if (agg?.failures)
            process.stderr.write(
              `\n${v.id} (${which}, ${l.latencyMs} ms) failed ${agg.failures}×; first error:\n${agg.firstError}\n`
            )
        }
      }
    }
  } finally {
    await world.stop()
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error?.stack ?? error}\n`)
  fs.rmSync(scratch, { recursive: true, force: true })
  process.exitCode = 1
})
