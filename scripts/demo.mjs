#!/usr/bin/env node
// `npm run demo`: the bundled action, run as the GitHub runner runs it (on Node 24), against the
// e2e tests' enforcing AWS (moto_server enforcing IAM for STS and IAM, the CodeArtifact emulator,
// on 127.0.0.1), as a role that carries exactly the README's consumer policy; then the real npm
// installs `tiny-pkg` and the real pip installs `tiny-py` through what the action wrote; then the
// post step runs and the files the action wrote are gone. A healthy run makes no denied call and
// prints no warning: the demo fails otherwise.
//
// Before anything starts it checks what it needs: Node 24 (the action's runtime; installed
// into .test-clients/ from the npm registry when missing, with `scripts/install-test-clients.sh
// npm`), and moto_server and python3 with pip on the PATH (named with the command that installs
// them when missing).
//
//   npm run demo            everything in a temporary folder, removed at the end
//   npm run demo -- --keep  keep the folder (the job's HOME, RUNNER_TEMP, the job summary)
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  REPO_ROOT,
  createJob,
  listFiles,
  runMain,
  runPost,
  stepEnv
} from '../__tests__/harness/runner.mjs'
import { MissingClientError, actionNode } from '../__tests__/harness/test-clients.mjs'
import { DOMAIN, REPOSITORY, startLocalAws } from './local-aws.mjs'

/** The moto_server CI installs (.ci/run). */
const MOTO = 'moto[server]==5.2.1'

const keep = process.argv.includes('--keep')
const say = (line = '') => console.log(line)
const step = (n, text) => say(`\n${n}. ${text}`)
const detail = (text) => say(`   ${text}`)

/** Whether `command` runs (`args` like `--version`) from the PATH. */
function runs(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * What the demo needs besides `npm ci`, checked before anything starts. Node 24 (the action's
 * runtime, action.yml `runs.using: node24`) is installed into .test-clients/ from the npm
 * registry when missing; moto_server and python3 with pip are named, with the command that
 * installs them.
 * @returns {string[]} what is missing, each with its fix (empty when all is there)
 */
function missingPrerequisites() {
  const missing = []
  for (const bundle of ['dist/main/index.js', 'dist/post/index.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, bundle))) {
      missing.push(`${bundle} is missing: run \`npm run package\` first.`)
    }
  }
  if (!runs('python3', ['-m', 'pip', '--version'])) {
    missing.push(
      'python3 with pip is not on the PATH: install Python 3 (on Debian: apt-get install python3-pip).'
    )
  } else if (!runs('moto_server', ['--help'])) {
    missing.push(
      `moto_server (IAM and STS on 127.0.0.1) is not on the PATH: python3 -m pip install '${MOTO}'` +
        ' (with pyenv, then `pyenv rehash`).'
    )
  }
  try {
    actionNode()
  } catch (error) {
    if (!(error instanceof MissingClientError)) throw error
    say(`Node 24 (the action's runtime) is not installed: scripts/install-test-clients.sh npm`)
    try {
      execFileSync(path.join(REPO_ROOT, 'scripts/install-test-clients.sh'), ['npm'], {
        stdio: 'inherit'
      })
      actionNode()
    } catch (installError) {
      missing.push(
        `Node 24 could not be installed: ${String(installError.message ?? installError)}`
      )
    }
  }
  return missing
}

/** The python the demo's own environment finds (pyenv shims need the real HOME, so resolve it now). */
function pythonExecutable() {
  return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8'
  }).trim()
}

/** The workflow-command annotations (`::warning::`, `::error::`) a step printed. */
function annotations(step) {
  return step.stdout.split('\n').filter((line) => /^::(warning|error)( [^:]*)?::/.test(line))
}

/**
 * Runs a command to its end without blocking this process: the emulator answers from this
 * process's event loop, so a synchronous spawn would wait on itself forever.
 */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/**
 * Says that `step` made no call AWS refused and printed no warning or error annotation, as a
 * healthy run must (README, Validation); throws otherwise.
 */
function healthy(name, step, aws) {
  const denied = aws.deniedCalls()
  const printed = annotations(step)
  detail(
    `${name}: denied AWS calls: ${denied.length === 0 ? 'none' : denied.length}, warnings: ${printed.length === 0 ? 'none' : printed.length}`
  )
  if (denied.length > 0 || printed.length > 0) {
    const calls = denied.map(
      (call) => `${call.service}:${call.operation} ${call.code}: ${call.message}`
    )
    throw new Error(`the ${name} is not healthy:\n${[...calls, ...printed].join('\n')}`)
  }
}

/** Requests the emulator served for `format` since the last reset, and how many carried the token. */
function registryTraffic(emulator, format) {
  const requests = emulator.requests.filter((request) => request.format === format)
  return { total: requests.length, withToken: requests.filter((r) => r.auth === 'ok').length }
}

async function main() {
  const missing = missingPrerequisites()
  if (missing.length > 0) {
    console.error(`The demo needs:\n${missing.map((line) => `- ${line}`).join('\n')}`)
    process.exit(1)
  }
  const python = pythonExecutable()

  say('codeartifact-setup demo: the bundled action on a simulated GitHub job, against local AWS')
  step(
    1,
    'Starting moto_server (IAM and STS, enforcing) and the CodeArtifact emulator on 127.0.0.1'
  )
  const aws = await startLocalAws()
  const job = createJob(aws.env)
  let failed = false
  try {
    detail(`STS, IAM: ${aws.env.AWS_ENDPOINT_URL_STS}  (moto_server, IAM enforced)`)
    detail(`emulator: ${aws.emulator.url}  (domain ${DOMAIN}, repository ${REPOSITORY})`)
    detail(`role:     ${aws.roleArn}, with exactly the README's consumer policy`)
    detail(`caller:   ${aws.callerArn} (a role session, as from configure-aws-credentials)`)
    detail(`job:      HOME=${job.home}`)
    detail(`          RUNNER_TEMP=${job.runnerTemp}`)

    step(2, 'Main step: node dist/main/index.js  with domain, repository and tools: npm, pip')
    const started = Date.now()
    const main = await runMain(job, { domain: DOMAIN, repository: REPOSITORY, tools: 'npm, pip' })
    detail(`exit code ${main.code} after ${Date.now() - started} ms`)
    if (main.code !== 0) {
      say(main.stdout)
      say(main.stderr)
      throw new Error('the main step failed')
    }
    healthy('main step', main, aws)
    const token = aws.emulator.tokenFor(DOMAIN)
    for (const name of [
      'principal-arn',
      'permissions',
      'expiration',
      'npm-registry-url',
      'pip-index-url'
    ]) {
      if (main.outputs[name] !== undefined)
        detail(`output ${name.padEnd(17)} ${main.outputs[name]}`)
    }
    const logged = main.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .some((line) => line.includes(token))
    detail(`output token             (masked; in the log: ${logged ? 'YES (bug!)' : 'never'})`)
    const exported = Object.keys(main.exportedEnv)
    detail(`exported for later steps: ${exported.join(', ')}`)
    const written = [...listFiles(job.runnerTemp), ...listFiles(job.home)]
    detail(`files written: ${written.length === 0 ? 'none' : written.length}`)
    for (const file of written) detail(`  ${file}`)
    const summaryFile = path.join(job.root, 'job-summary.md')
    fs.writeFileSync(summaryFile, main.summary)
    detail(
      `job summary: ${main.summary.length} characters, token ${main.summary.includes(token) ? 'PRESENT (bug!)' : 'absent'}` +
        (keep ? ` → ${summaryFile}` : '')
    )

    step(3, 'A later step: npm install tiny-pkg (the real npm, through what the action wrote)')
    aws.emulator.resetLog()
    const project = fs.mkdtempSync(path.join(job.root, 'npm-project-'))
    fs.writeFileSync(
      path.join(project, 'package.json'),
      '{"name":"demo-app","version":"1.0.0","private":true}\n'
    )
    const npm = await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-update-notifier', 'tiny-pkg'],
      {
        cwd: project,
        env: stepEnv(job, { npm_config_cache: path.join(job.root, 'npm-cache') }),
        shell: process.platform === 'win32'
      }
    )
    if (npm.status !== 0) throw new Error(`npm install failed:\n${npm.stdout}${npm.stderr}`)
    detail(npm.stdout.trim().split('\n').filter(Boolean).at(-1))
    const hello = execFileSync(process.execPath, ['-e', "console.log(require('tiny-pkg')())"], {
      cwd: project,
      encoding: 'utf8'
    }).trim()
    detail(`require('tiny-pkg')() → ${JSON.stringify(hello)}`)
    const npmTraffic = registryTraffic(aws.emulator, 'npm')
    detail(`registry requests: ${npmTraffic.total}, with the token: ${npmTraffic.withToken}`)

    step(4, 'A later step: pip install tiny-py (the real pip, through what the action wrote)')
    aws.emulator.resetLog()
    const target = fs.mkdtempSync(path.join(job.root, 'pip-target-'))
    const pip = await run(
      python,
      [
        '-m',
        'pip',
        'install',
        '--no-cache-dir',
        '--disable-pip-version-check',
        '--target',
        target,
        'tiny-py'
      ],
      { env: stepEnv(job) }
    )
    if (pip.status !== 0) throw new Error(`pip install failed:\n${pip.stdout}${pip.stderr}`)
    detail(pip.stdout.trim().split('\n').filter(Boolean).at(-1))
    const pypiTraffic = registryTraffic(aws.emulator, 'pypi')
    detail(`registry requests: ${pypiTraffic.total}, with the token: ${pypiTraffic.withToken}`)
    if (pypiTraffic.total === 0 || npmTraffic.total === 0) {
      throw new Error('a client did not go through the emulator')
    }

    step(5, 'Post step: node dist/post/index.js')
    const post = await runPost(job)
    detail(`exit code ${post.code}`)
    if (post.code !== 0) throw new Error(`the post step failed:\n${post.stdout}${post.stderr}`)
    healthy('post step', post, aws)
    for (const line of post.stdout.split('\n').filter((l) => /^(Restored|Removed)/.test(l))) {
      detail(line)
    }
    const left = written.filter((file) => fs.existsSync(file))
    detail(
      left.length === 0
        ? `files the action wrote that are left: none (${written.length} removed or restored)`
        : `files left: ${left.join(', ')}`
    )
    say(
      '\nDone: the action set up npm and pip, both installed through CodeArtifact, and the post step cleaned up.'
    )
  } catch (error) {
    failed = true
    console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    await aws.stop()
    if (keep) say(`Kept ${job.root}`)
    else fs.rmSync(job.root, { recursive: true, force: true })
  }
  process.exit(failed ? 1 : 0)
}

await main()
