#!/usr/bin/env node
// `npm run bench`: the bundled action (dist/main, as the runner runs it) against moto_server
// (STS, IAM, behind a counting proxy) and the CodeArtifact emulator, side by side with awscli v1
// `aws codeartifact login --tool npm` then `--tool pip` on the same emulator. Twice: without added
// latency, and with a per-request delay at both servers (default 40 ms, a nearby AWS region).
//
//   npm run package && npm run bench
//   npm run bench -- --runs 15 --latency 60
//   node bench/run.mjs --scenarios npm,npm-pip --no-cli --out /tmp/bench
//
// Prints markdown tables; writes JSON to bench/results/<timestamp>.json and latest.json.
// Methods (also in README § Performance):
// - wall time: spawn → child exit, measured in this process (performance.now()).
// - peak RSS: the child's ru_maxrss from wait4, through `/usr/bin/time -f %M` (KiB; for the CLI
//   the largest process of its tree: aws's python, or the npm/pip it spawns). Without
//   /usr/bin/time: the last VmHWM read from /proc/<pid>/status, polled every 2 ms (a lower bound).
// - AWS API calls: control-plane requests logged by the emulator + STS/IAM requests logged by the
//   proxy in front of moto, between the step's start and its exit.
// - first AWS request: spawn → arrival of the first AWS request at either server (server logs).
//   The bundle's cold start is that, divided by the wall time of `node -e ''`.
import { spawn, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { IAMClient, CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts'
import { startEmulator } from '../__tests__/emulator/server.mjs'
import { startMoto } from '../__tests__/harness/moto.mjs'
import { createJob, parseFileCommands } from '../__tests__/harness/runner.mjs'
import { startAwsProxy, preciseNow } from './aws-proxy.mjs'
import {
  judgeTargets,
  markdownTable,
  mode,
  parseArgs,
  ratio,
  summarize,
  targetsTable,
  formatMs
} from './stats.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ACCOUNT = '123456789012' // moto's account
const DOMAIN = 'my-domain'
const REPOSITORY = 'my-repo'
const REGION = 'us-east-1'
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null

const options = parseArgs(process.argv.slice(2))
// The bench process itself uses the SDK (to set up the role) on whatever node runs it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
const DIST = path.resolve(options.dist ?? path.join(ROOT, 'dist'))
const MAIN = path.join(DIST, 'main', 'index.js')
const POST = path.join(DIST, 'post', 'index.js')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bench-'))

// ---------------------------------------------------------------- measuring one process

/**
 * Runs `command args` to exit. Returns wall ms (spawn → exit), the spawn's epoch ms, peak RSS KiB,
 * CPU ms (user + system, the process and the children it waited for; 10 ms resolution; null
 * without /usr/bin/time), exit code and output.
 */
async function measure(command, args, { env, cwd }) {
  const rssFile = path.join(scratch, `rss-${process.hrtime.bigint()}`)
  const [file, argv] = TIME
    ? [TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]]
    : [command, args]
  const startedAt = preciseNow()
  const t0 = performance.now()
  const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  let polledHwm = null
  const poller = TIME ? null : setInterval(() => (polledHwm = readVmHwm(child.pid) ?? polledHwm), 2)
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal))
  })
  const wallMs = performance.now() - t0
  if (poller) clearInterval(poller)
  await new Promise((resolve) =>
    child.stdout.readableEnded ? resolve() : child.once('close', resolve)
  )
  let peakRssKb = polledHwm
  let cpuMs = null
  if (TIME) {
    // The last line: a signalled child makes time(1) print a note above it.
    const [rss, user, system] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ')
    peakRssKb = Number(rss) || null
    cpuMs = Math.round((Number(user) + Number(system)) * 1000)
    fs.rmSync(rssFile, { force: true })
  }
  return { wallMs, startedAt, peakRssKb, cpuMs, code, stdout, stderr }
}

function readVmHwm(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

// ---------------------------------------------------------------- servers and the principal

/** moto_server (IAM, STS) behind the counting proxy; the CodeArtifact emulator. */
async function startServers() {
  const [moto, emulator] = await Promise.all([
    startMoto(),
    startEmulator({ domains: { [DOMAIN]: { owner: ACCOUNT, repositories: [REPOSITORY] } } })
  ])
  const proxy = await startAwsProxy({ target: moto.url })
  return { moto, emulator, proxy }
}

/** A role like the one GitHub OIDC hands a job, granted what CodeArtifact needs; its session keys. */
async function roleSession(iamUrl) {
  const client = {
    region: REGION,
    endpoint: iamUrl,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
  }
  const iam = new IAMClient(client)
  const role = await iam.send(
    new CreateRoleCommand({
      RoleName: 'bench-ci',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]
      })
    })
  )
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'bench-ci',
      PolicyName: 'bench-codeartifact',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: [
              'codeartifact:GetAuthorizationToken',
              'codeartifact:GetRepositoryEndpoint',
              'codeartifact:ReadFromRepository'
            ],
            Resource: '*'
          },
          {
            Effect: 'Allow',
            Action: 'sts:GetServiceBearerToken',
            Resource: '*',
            Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
          },
          {
            Effect: 'Allow',
            Action: ['iam:Get*', 'iam:List*', 'iam:SimulatePrincipalPolicy'],
            Resource: '*'
          }
        ]
      })
    })
  )
  const session = await new STSClient(client).send(
    new AssumeRoleCommand({ RoleArn: role.Role.Arn, RoleSessionName: 'gha' })
  )
  return {
    AWS_ACCESS_KEY_ID: session.Credentials.AccessKeyId,
    AWS_SECRET_ACCESS_KEY: session.Credentials.SecretAccessKey,
    AWS_SESSION_TOKEN: session.Credentials.SessionToken
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

/** Everything the servers logged since the last reset, as AWS calls and first arrival time. */
function awsLog(servers) {
  const api = servers.emulator.requests.filter((r) => r.kind === 'api')
  const calls = [
    ...api.map((r) => ({ time: r.time, operation: `codeartifact:${r.operation}` })),
    ...servers.proxy.requests.map((r) => ({ time: r.time, operation: `${r.service}:${r.action}` }))
  ].sort((a, b) => a.time - b.time)
  return {
    count: calls.length,
    firstAt: calls[0]?.time ?? null,
    operations: calls.map((c) => c.operation)
  }
}

function resetLogs(servers) {
  servers.emulator.resetLog()
  servers.proxy.resetLog()
}

/**
 * One main step (measured) and its post step (measured separately), in a fresh job.
 * `scripts.post` null: no post step (the floor has none).
 */
async function runActionOnce(servers, awsEnv, inputs, scripts = { main: MAIN, post: POST }) {
  const job = newJob()
  const { env, files } = runnerEnv(job, awsEnv)
  resetLogs(servers)
  const main = await measure(process.execPath, [scripts.main], {
    env: { ...env, ...inputEnv(inputs) },
    cwd: job.workspace
  })
  const log = awsLog(servers)
  const state = parseFileCommands(fs.readFileSync(files.state, 'utf8'))
  const exported = parseFileCommands(fs.readFileSync(files.env, 'utf8'))
  const post = runnerEnv(job, awsEnv)
  const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
  const postRun = scripts.post
    ? await measure(process.execPath, [scripts.post], {
        env: { ...post.env, ...exported, ...inputEnv(inputs), ...stateEnv },
        cwd: job.workspace
      })
    : { code: 0, wallMs: undefined }
  fs.rmSync(job.root, { recursive: true, force: true })
  return {
    ok: main.code === 0 && postRun.code === 0,
    wallMs: main.wallMs,
    cpuMs: main.cpuMs,
    postMs: postRun.wallMs,
    peakRssKb: main.peakRssKb,
    awsCalls: log.count,
    operations: log.operations,
    firstRequestMs: log.firstAt === null ? null : log.firstAt - main.startedAt,
    error:
      main.code === 0
        ? postRun.code === 0
          ? null
          : `post: ${postRun.stdout}${postRun.stderr}`
        : main.stdout + main.stderr
  }
}

/** The tool names the bundle accepts, read from its own error message for an unknown tool. */
async function supportedTools(servers, awsEnv) {
  const job = newJob()
  const { env } = runnerEnv(job, awsEnv)
  const probe = await measure(process.execPath, [MAIN], {
    env: { ...env, ...inputEnv({ domain: DOMAIN, repository: REPOSITORY, tools: 'bench-probe' }) },
    cwd: job.workspace
  })
  fs.rmSync(job.root, { recursive: true, force: true })
  const match = /list of ([a-z0-9, -]+)\./.exec(probe.stdout)
  if (!match)
    throw new Error(`could not read the tool list from the bundle:\n${probe.stdout}${probe.stderr}`)
  return match[1]
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
}

/** tool → package format, from src/tools/catalog.ts (`npm: { format: 'npm', … }`). */
function toolFormats() {
  const text = fs.readFileSync(path.join(ROOT, 'src', 'tools', 'catalog.ts'), 'utf8')
  const formats = {}
  for (const m of text.matchAll(/['"]?([a-z0-9-]+)['"]?\s*:\s*\{\s*format\s*:\s*['"]([a-z]+)['"]/g))
    formats[m[1]] = m[2]
  return formats
}

/**
 * Bundles bench/floor.mjs with ncc, as the action is bundled, into the scratch folder.
 * @returns the bundle's path, or null (with a note on stderr) when ncc fails
 */
function buildFloor() {
  const out = path.join(scratch, 'floor')
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
        'build',
        path.join(ROOT, 'bench', 'floor.mjs'),
        '-o',
        out,
        '--quiet'
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
  } catch (error) {
    process.stderr.write(
      `Could not bundle bench/floor.mjs; no floor row: ${error.stderr ?? error}\n`
    )
    return null
  }
  return ['index.mjs', 'index.js'].map((f) => path.join(out, f)).find((f) => fs.existsSync(f))
}

// ---------------------------------------------------------------- awscli v1

/** The real `aws` executable (not a pyenv shim, as on a runner image), its folder and version. */
function findCli() {
  const locate = (command, args) => {
    try {
      return execFileSync(command, args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    } catch {
      return null
    }
  }
  const found = locate('pyenv', ['which', 'aws']) ?? locate('which', ['aws'])
  if (!found) return null
  const aws = fs.realpathSync(found)
  const version = execFileSync(aws, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return { aws, bin: path.dirname(aws), version: version.trim() }
}

/** `aws codeartifact login --tool npm`, then `--tool pip`, back to back in one fresh HOME. */
async function runCliOnce(servers, cli, awsEnv) {
  const home = fs.mkdtempSync(path.join(scratch, 'cli-home-'))
  const env = {
    // The real executables first: aws's python and the pip it runs, not pyenv shims.
    PATH: `${cli.bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    AWS_DEFAULT_REGION: REGION,
    AWS_MAX_ATTEMPTS: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...awsEnv
  }
  const result = {}
  for (const tool of ['npm', 'pip']) {
    resetLogs(servers)
    const run = await measure(
      cli.aws,
      [
        'codeartifact',
        'login',
        '--tool',
        tool,
        '--domain',
        DOMAIN,
        '--domain-owner',
        ACCOUNT,
        '--repository',
        REPOSITORY,
        '--endpoint-url',
        servers.emulator.url
      ],
      { env, cwd: home }
    )
    const log = awsLog(servers)
    result[tool] = {
      ok: run.code === 0,
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      peakRssKb: run.peakRssKb,
      awsCalls: log.count,
      operations: log.operations,
      firstRequestMs: log.firstAt === null ? null : log.firstAt - run.startedAt,
      error: run.code === 0 ? null : run.stdout + run.stderr
    }
  }
  fs.rmSync(home, { recursive: true, force: true })
  return result
}

// ---------------------------------------------------------------- one latency setting

function aggregate(runs) {
  const ok = runs.filter((r) => r.ok)
  const rss = ok.map((r) => r.peakRssKb).filter((v) => v != null)
  const cpu = ok.map((r) => r.cpuMs).filter((v) => v != null)
  const first = ok.map((r) => r.firstRequestMs).filter((v) => v != null)
  const byOperation = {}
  for (const op of ok[0]?.operations ?? []) byOperation[op] = (byOperation[op] ?? 0) + 1
  return {
    runs: runs.length,
    failures: runs.length - ok.length,
    firstError: runs.find((r) => !r.ok)?.error?.slice(0, 2000) ?? null,
    wallMs: summarize(ok.map((r) => r.wallMs)),
    cpuMs: cpu.length ? summarize(cpu) : null,
    postMs: ok[0]?.postMs === undefined ? null : summarize(ok.map((r) => r.postMs)),
    awsCalls: mode(ok.map((r) => r.awsCalls)),
    awsCallsByOperation: byOperation,
    peakRssKb: rss.length ? summarize(rss) : null,
    firstRequestMs: first.length ? summarize(first) : null
  }
}

async function benchLatency(latencyMs, servers, awsEnv, scenarios, cli) {
  servers.emulator.setLatency(latencyMs)
  servers.proxy.setLatency(latencyMs)
  const samples = Object.fromEntries(scenarios.map((s) => [s.id, []]))
  const bare = []
  const cliRuns = []
  const env = { PATH: process.env.PATH, HOME: scratch }
  // Warm-up: one unmeasured pass (page cache, moto's first-call imports).
  await measure(process.execPath, ['-e', ''], { env, cwd: scratch })
  for (const s of scenarios) await runActionOnce(servers, awsEnv, s.inputs, s.scripts)
  if (cli) await runCliOnce(servers, cli, awsEnv)
  // Round-robin, so a burst of load on the shared machine hits every scenario alike.
  for (let i = 0; i < options.runs; i++) {
    bare.push(await measure(process.execPath, ['-e', ''], { env, cwd: scratch }))
    for (const s of scenarios) {
      samples[s.id].push(await runActionOnce(servers, awsEnv, s.inputs, s.scripts))
    }
    if (cli) cliRuns.push(await runCliOnce(servers, cli, awsEnv))
    process.stderr.write(`  latency ${latencyMs} ms: run ${i + 1}/${options.runs}\r`)
  }
  process.stderr.write('\n')

  const result = {
    latencyMs,
    bareNode: {
      wallMs: summarize(bare.map((b) => b.wallMs)),
      cpuMs: TIME ? summarize(bare.map((b) => b.cpuMs)) : null,
      peakRssKb: summarize(bare.map((b) => b.peakRssKb ?? NaN))
    },
    cli: null,
    scenarios: []
  }
  if (cli) {
    const pair = cliRuns.map((r) => ({
      ok: r.npm.ok && r.pip.ok,
      wallMs: r.npm.wallMs + r.pip.wallMs,
      cpuMs: r.npm.cpuMs === null ? null : r.npm.cpuMs + r.pip.cpuMs,
      peakRssKb: Math.max(r.npm.peakRssKb ?? 0, r.pip.peakRssKb ?? 0) || null,
      awsCalls: r.npm.awsCalls + r.pip.awsCalls,
      operations: [...r.npm.operations, ...r.pip.operations],
      firstRequestMs: r.npm.firstRequestMs,
      error: r.npm.error ?? r.pip.error
    }))
    result.cli = {
      npm: aggregate(cliRuns.map((r) => r.npm)),
      pip: aggregate(cliRuns.map((r) => r.pip)),
      npmThenPip: aggregate(pair)
    }
  }
  const bareMedian = result.bareNode.wallMs.median
  for (const s of scenarios) {
    const agg = aggregate(samples[s.id])
    const peer =
      result.cli && s.cliPeer && (s.cliPeer === 'npm' ? result.cli.npm : result.cli.npmThenPip)
    result.scenarios.push({
      id: s.id,
      label: s.label,
      inputs: s.inputs,
      validation: s.validation,
      formats: s.formats,
      ...agg,
      cliPeer: peer
        ? s.cliPeer === 'npm'
          ? 'aws codeartifact login --tool npm'
          : 'aws codeartifact login --tool npm, then --tool pip'
        : null,
      speedupVsCli: peer ? ratio(peer.wallMs.median, agg.wallMs.median) : null,
      coldStartVsBareNode: agg.firstRequestMs ? ratio(agg.firstRequestMs.median, bareMedian) : null
    })
  }
  return result
}

/** `Cold start …: 120 ms = 2.9× bare node (41 ms); the floor: 100 ms = 2.4×.` */
function coldStartLine(action, floor, bare) {
  const part = (s) =>
    `${formatMs(s?.firstRequestMs?.median)} ms = ${s?.coldStartVsBareNode ?? '–'}×`
  return (
    `Cold start (spawn → first AWS request), action: npm: ${part(action)} bare node ` +
    `(${formatMs(bare.wallMs.median)} ms)${floor ? `; the floor: ${part(floor)}` : ''}.`
  )
}

function tableRows(result) {
  const rows = result.scenarios.map((s) => ({
    label: s.failures ? `${s.label} (${s.failures} failed)` : s.label,
    wallMs: s.wallMs,
    cpuMs: s.cpuMs?.median ?? null,
    speedupVsCli: s.speedupVsCli,
    awsCalls: s.awsCalls,
    peakRssKb: s.peakRssKb?.median ?? null,
    firstRequestMs: s.firstRequestMs
  }))
  if (result.cli) {
    for (const [key, label] of [
      ['npm', 'CLI: `aws codeartifact login --tool npm`'],
      ['pip', 'CLI: `aws codeartifact login --tool pip`'],
      ['npmThenPip', 'CLI: npm, then pip']
    ]) {
      const c = result.cli[key]
      rows.push({
        label: c.failures ? `${label} (${c.failures} failed)` : label,
        wallMs: c.wallMs,
        cpuMs: c.cpuMs?.median ?? null,
        speedupVsCli: null,
        awsCalls: c.awsCalls,
        peakRssKb: c.peakRssKb?.median ?? null,
        firstRequestMs: c.firstRequestMs
      })
    }
  }
  rows.push({
    label: "bare `node -e ''`",
    wallMs: result.bareNode.wallMs,
    cpuMs: result.bareNode.cpuMs?.median ?? null,
    speedupVsCli: null,
    awsCalls: null,
    peakRssKb: result.bareNode.peakRssKb.median,
    firstRequestMs: null
  })
  return rows
}

function fileBytes(dir) {
  if (!fs.existsSync(dir)) return null
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
  const all = files.reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0)
  const index = fs.existsSync(path.join(dir, 'index.js'))
    ? fs.statSync(path.join(dir, 'index.js')).size
    : null
  return {
    indexJsBytes: index,
    totalBytes: all,
    files: files.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const loadAtStart = os.loadavg()[0]
  for (const file of [MAIN, POST]) {
    if (!fs.existsSync(file))
      throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run package\` first.`)
  }
  const servers = await startServers()
  try {
    const awsEnv = {
      ...(await roleSession(servers.moto.url)),
      AWS_REGION: REGION,
      AWS_ENDPOINT_URL_STS: servers.proxy.url,
      AWS_ENDPOINT_URL_IAM: servers.proxy.url,
      AWS_ENDPOINT_URL_CODEARTIFACT: servers.emulator.url
    }
    const tools = await supportedTools(servers, awsEnv)
    const formats = toolFormats()
    const distinctFormats = (names) => new Set(names.map((t) => formats[t] ?? t)).size
    const bundleText = fs.readFileSync(MAIN, 'utf8')
    const knowsCheckInput =
      bundleText.includes("'check-permissions'") || bundleText.includes('"check-permissions"')
    const base = { domain: DOMAIN, 'domain-owner': ACCOUNT, repository: REPOSITORY }
    const off = { 'check-permissions': 'off' }
    const all = tools.join(', ')
    let scenarios = [
      { id: 'npm', label: 'action: npm', tools: ['npm'], validation: false, cliPeer: 'npm' },
      {
        id: 'npm-pip',
        label: 'action: npm, pip',
        tools: ['npm', 'pip'],
        validation: false,
        cliPeer: 'pair'
      },
      {
        id: 'all',
        label: `action: all ${tools.length} tools`,
        tools,
        validation: false,
        cliPeer: 'pair'
      },
      {
        id: 'npm-pip-no-owner',
        label: 'action: npm, pip, no domain-owner',
        tools: ['npm', 'pip'],
        validation: false,
        cliPeer: 'pair',
        noOwner: true
      },
      {
        id: 'npm-validate',
        label: 'action: npm + validation',
        tools: ['npm'],
        validation: true,
        cliPeer: 'npm'
      },
      {
        id: 'npm-pip-validate',
        label: 'action: npm, pip + validation',
        tools: ['npm', 'pip'],
        validation: true,
        cliPeer: 'pair'
      },
      {
        id: 'all-validate',
        label: `action: all ${tools.length} tools + validation`,
        tools,
        validation: true,
        cliPeer: 'pair'
      }
    ].map((s) => {
      const { 'domain-owner': _owner, ...withoutOwner } = base
      return {
        ...s,
        formats: distinctFormats(s.tools),
        inputs: {
          ...(s.noOwner ? withoutOwner : base),
          tools: s.tools === tools ? all : s.tools.join(', '),
          ...(s.validation ? {} : off)
        }
      }
    })
    const floor = buildFloor()
    if (floor) {
      scenarios.push({
        id: 'floor',
        label: 'floor: client-sts alone, one GetCallerIdentity',
        tools: [],
        validation: false,
        cliPeer: null,
        formats: 0,
        inputs: { region: REGION },
        scripts: { main: floor, post: null }
      })
    }
    if (options.scenarios) scenarios = scenarios.filter((s) => options.scenarios.includes(s.id))
    const cli = options.cli ? findCli() : null
    if (options.cli && !cli) process.stderr.write('awscli not found: skipping the CLI rows.\n')

    const latencies = [...new Set([0, options.latencyMs])]
    const results = []
    for (const latencyMs of latencies) {
      results.push(await benchLatency(latencyMs, servers, awsEnv, scenarios, cli))
    }

    const bundle = {
      dist: options.dist ? DIST : 'dist',
      main: fileBytes(path.join(DIST, 'main')),
      post: fileBytes(path.join(DIST, 'post'))
    }
    const withLatency = results[results.length - 1]
    const byId = (id, r = withLatency) => r.scenarios.find((s) => s.id === id)
    const noLatency = results[0]
    const targets =
      byId('npm-pip') && byId('npm') && byId('all') && withLatency.cli
        ? judgeTargets({
            cliNpmThenPipMs: withLatency.cli.npmThenPip.wallMs.median,
            actionNpmPipMs: byId('npm-pip').wallMs.median,
            actionNpmMs: byId('npm').wallMs.median,
            actionAllMs: byId('all').wallMs.median,
            callsWithoutValidation: withLatency.scenarios
              .filter((s) => !s.validation && s.id !== 'floor')
              .map((s) => ({ label: s.id, calls: s.awsCalls, formats: s.formats })),
            coldStartMs: byId('npm', noLatency).firstRequestMs?.median ?? NaN,
            bareNodeMs: noLatency.bareNode.wallMs.median,
            ...(withLatency.cli.npmThenPip.cpuMs && byId('npm').cpuMs
              ? {
                  cpuMs: {
                    cliNpmThenPip: withLatency.cli.npmThenPip.cpuMs.median,
                    actionNpmPip: byId('npm-pip').cpuMs.median,
                    actionNpm: byId('npm').cpuMs.median,
                    actionAll: byId('all').cpuMs.median
                  }
                }
              : {})
          })
        : []

    const report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        // Other work on the machine inflates wall times (CPU times much less): 1-minute averages.
        loadAverage: { start: loadAtStart, end: os.loadavg()[0] }
      },
      cli: cli ? { path: cli.aws, version: cli.version } : null,
      options: { runs: options.runs, latencyMs: options.latencyMs },
      method: {
        wall: 'spawn → exit of the step process, performance.now() in the bench process',
        peakRss: TIME
          ? 'ru_maxrss via /usr/bin/time -f %M (KiB); CLI: largest process of its tree'
          : 'last VmHWM polled from /proc/<pid>/status every 2 ms',
        awsCalls:
          'emulator control-plane requests + STS/IAM requests at the proxy in front of moto',
        firstRequest: 'spawn → arrival of the first AWS request at either server',
        simulatePrincipalPolicy:
          'answered by bench/aws-proxy.mjs (moto lacks it): allowed, as IAM answers for the bench role',
        checkPermissionsInputInBundle: knowsCheckInput
      },
      inputs: base,
      tools,
      bundle,
      results,
      targets
    }

    const out = options.out ?? path.join(ROOT, 'bench', 'results')
    fs.mkdirSync(out, { recursive: true })
    const stamp = report.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')
    const json = `${JSON.stringify(report, null, 2)}\n`
    fs.writeFileSync(path.join(out, `${stamp}.json`), json)
    fs.writeFileSync(path.join(out, 'latest.json'), json)

    const md = [
      `## Benchmark (${report.date.slice(0, 10)}, ${report.machine.cpus} CPUs, node ${process.version}${cli ? `, ${cli.version.split(' ')[0]}` : ''}, ${options.runs} runs each, load average ${loadAtStart.toFixed(1)} → ${report.machine.loadAverage.end.toFixed(1)})`,
      '',
      `Bundle: \`dist/main\` ${bundle.main.totalBytes} bytes (index.js ${bundle.main.indexJsBytes}), ` +
        `\`dist/post\` ${bundle.post.totalBytes} bytes (index.js ${bundle.post.indexJsBytes}).`,
      knowsCheckInput
        ? ''
        : '\n_The bundle has no `check-permissions` input yet: the "+ validation" rows run the same code._',
      ...results.flatMap((r) => [
        '',
        `### ${r.latencyMs ? `${r.latencyMs} ms added per request` : 'No added latency'}`,
        '',
        markdownTable(tableRows(r)),
        '',
        coldStartLine(byId('npm', r), byId('floor', r), r.bareNode)
      ]),
      '',
      '### Targets',
      '',
      targetsTable(targets),
      '',
      `JSON: ${path.relative(ROOT, path.join(out, `${stamp}.json`))}`
    ]
    process.stdout.write(`${md.join('\n')}\n`)
    for (const r of results) {
      for (const s of [...r.scenarios, ...(r.cli ? [r.cli.npm, r.cli.pip] : [])]) {
        if (s.failures)
          process.stderr.write(
            `\n${s.label ?? 'CLI'} failed ${s.failures}×; first error:\n${s.firstError}\n`
          )
      }
    }
  } finally {
    await Promise.all([servers.moto.stop(), servers.emulator.stop(), servers.proxy.stop()])
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error?.stack ?? error}\n`)
  fs.rmSync(scratch, { recursive: true, force: true })
  process.exitCode = 1
})
