/**
 * Two jobs sharing one HOME at the same time (two runner instances under one
 * account on one machine, a common self-hosted set-up), through the bundled
 * action with every client that writes into HOME: each job has its own
 * RUNNER_TEMP and workspace, both use the same HOME files.
 *
 * - A main, B main, A post, B post: B keeps working after A's post (its
 *   `~/.pypirc` still has its `[codeartifact]` repository, and twine uploads
 *   with it);
 * - A main, B main, B post, A post: after B's post, A's files are exactly as
 *   A wrote them, without B's token, and A's twine still uploads;
 * - A crashes between main and post (its post never runs): the runner's job
 *   process dies, or the runner empties A's RUNNER_TEMP when it takes its
 *   next job; B's post, or the next job, finds A over;
 * - two main steps and two post steps running at the very same time.
 *
 * In every case, once the last job ends every user file is byte-identical
 * (content, mode, owner, inode) and no token is left under HOME or either
 * RUNNER_TEMP.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Emulator } from '../emulator/server.mjs'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import {
  REPO_ROOT,
  createJob,
  listFiles,
  runMain,
  runPost,
  stepEnv,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import { runClient } from '../harness/client-process.js'
import { pythonClient } from '../harness/test-clients.mjs'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { TOOL_NAMES } from '../../src/tools/catalog.js'

const ACCOUNT = '123456789012'
const WHEEL = path.join(
  REPO_ROOT,
  '__tests__/emulator/fixtures/pypi/tiny_py-1.0.0-py3-none-any.whl'
)

/** The user's HOME: one file per client that writes into HOME, modes as users have them. */
const USER_HOME: Record<string, { content: string; mode: number }> = {
  '.yarnrc.yml': { content: '# mine\nenableTelemetry: false\n', mode: 0o644 },
  '.bunfig.toml': { content: '[install]\nexact = true\n', mode: 0o644 },
  '.pypirc': {
    content: '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n',
    mode: 0o600
  },
  '.m2/settings.xml': { content: '<settings>\n  <servers/>\n</settings>\n', mode: 0o644 },
  '.nuget/NuGet/NuGet.Config': {
    content:
      '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources/>\n</configuration>\n',
    mode: 0o644
  },
  '.cargo/config.toml': { content: '[net]\nretry = 5\n', mode: 0o640 },
  '.netrc': { content: 'machine github.com login bot password x\n', mode: 0o600 },
  '.gem/credentials': { content: '---\n:rubygems_api_key: abc\n', mode: 0o600 },
  '.swiftpm/configuration/registries.json': {
    content: '{"registries":{},"version":1}\n',
    mode: 0o644
  }
}

let aws: LocalAws
let emulator: Emulator
/** Each job's principal: a role with the README's publisher policy (the test uploads with twine). */
let awsEnv: Record<string, string>

beforeAll(async () => {
  aws = await startLocalAws({
    domains: {
      'domain-a': { owner: ACCOUNT, repositories: ['my-repo'] },
      'domain-b': { owner: ACCOUNT, repositories: ['my-repo'] }
    }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv({ access: 'publish' })
})

afterAll(async () => {
  await aws?.stop()
})

const tokenA = (): string => emulator.tokenFor('domain-a')
const tokenB = (): string => emulator.tokenFor('domain-b')

/** Job A and job B: own roots, RUNNER_TEMPs and workspaces, one HOME seeded with the user's files. */
function twoJobs(): { a: Job; b: Job; home: string } {
  const a = createJob(awsEnv)
  const b = createJob(awsEnv)
  fs.rmSync(b.home, { recursive: true })
  b.home = a.home
  for (const [file, { content, mode }] of Object.entries(USER_HOME)) {
    fs.mkdirSync(path.dirname(path.join(a.home, file)), { recursive: true })
    fs.writeFileSync(path.join(a.home, file), content, { mode })
    fs.chmodSync(path.join(a.home, file), mode)
  }
  return { a, b, home: a.home }
}

/** Every path under HOME: folders as 'dir'; files with inode, mode, owner and bytes. */
function snapshot(home: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const entry of fs.readdirSync(home, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name)
    const stat = fs.lstatSync(full)
    entries[path.relative(home, full)] = entry.isDirectory()
      ? 'dir'
      : `inode ${stat.ino} mode ${(stat.mode & 0o7777).toString(8)} owner ${stat.uid}:${stat.gid} ${fs.readFileSync(full).toString('base64')}`
  }
  return entries
}

function inputs(domain: string): Record<string, string> {
  return {
    domain,
    repository: 'my-repo',
    tools: TOOL_NAMES.join(', '),
    'check-permissions': 'off',
    'cargo-replace-crates-io': 'true'
  }
}

function expectSucceeded(step: StepResult): void {
  expect({
    code: step.code,
    problems: step.stdout.match(/^::(error|warning)::.*$/gm) ?? []
  }).toEqual({ code: 0, problems: [] })
}

/** The `[codeartifact]` section of `~/.pypirc` as Python's configparser (twine's parser) reads it. */
function pypircRepository(home: string): Record<string, string> | null {
  const out = execFileSync(
    'python3',
    [
      '-c',
      'import configparser, json, os, sys\n' +
        'c = configparser.RawConfigParser()\n' +
        'c.read(os.path.join(sys.argv[1], ".pypirc"))\n' +
        'print(json.dumps(dict(c["codeartifact"]) if c.has_section("codeartifact") else None))',
      home
    ],
    { encoding: 'utf8' }
  )
  return JSON.parse(out) as Record<string, string> | null
}

/** `twine upload -r codeartifact` (the newest pinned twine) as a later step of `job`; the domains the emulator published to. */
async function twineUpload(job: Job): Promise<{ status: number | null; domains: string[] }> {
  emulator.resetLog()
  const result = await runClient(
    pythonClient('newest', 'twine'),
    ['upload', '--non-interactive', '--disable-progress-bar', '-r', 'codeartifact', WHEEL],
    {
      cwd: job.workspace,
      env: { ...stepEnv(job), PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring' }
    }
  )
  return { status: result.status, domains: emulator.published.map((entry) => entry.domain) }
}

/** Checks the end state: the user's HOME exactly as before, no token anywhere, nothing left. */
function expectAllClean(before: Record<string, string>, home: string, jobs: Job[]): void {
  expect(snapshot(home)).toEqual(before)
  expect(
    filesHoldingToken([home, ...jobs.map((job) => job.runnerTemp)], [tokenA(), tokenB()])
  ).toEqual([])
  for (const job of jobs) expect(listFiles(job.runnerTemp)).toEqual([])
}

describe('A main, B main, A post, B post', () => {
  it('B keeps working after A ends; the last one out restores every file', async () => {
    const { a, b, home } = twoJobs()
    const before = snapshot(home)
    expectSucceeded(await runMain(a, inputs('domain-a')))
    expectSucceeded(await runMain(b, inputs('domain-b')))
    expect(pypircRepository(home)).toMatchObject({ password: tokenB() })

    const postA = await runPost(a)
    // B's files are still B's: its twine repository, its token, and a real upload with them.
    expect(pypircRepository(home)).toEqual({
      repository: emulator.endpointFor('domain-b', 'my-repo', 'pypi'),
      username: 'aws',
      password: tokenB()
    })
    expect(await twineUpload(b)).toEqual({ status: 0, domains: ['domain-b'] })
    expect(fs.readFileSync(path.join(home, '.netrc'), 'utf8')).toContain(tokenB())
    expect(fs.readFileSync(path.join(home, '.m2', 'settings.xml'), 'utf8')).toContain('<server>')
    expectSucceeded(postA)
    expect(postA.stdout).toContain(
      `Left ${path.join(home, '.pypirc')} to another job still using it; the last job to finish restores the original.`
    )
    expectNoTokenLeak(postA, a, [tokenA(), tokenB()])

    const postB = await runPost(b)
    expectSucceeded(postB)
    expect(postB.stdout).toContain(`Restored ${path.join(home, '.pypirc')}`)
    expectAllClean(before, home, [a, b])
  })
})

describe('A main, B main, B post, A post', () => {
  it("after B ends, A's files are exactly what A wrote, without B's token; the last one out restores", async () => {
    const { a, b, home } = twoJobs()
    const before = snapshot(home)
    expectSucceeded(await runMain(a, inputs('domain-a')))
    const wroteA = snapshot(home)
    expectSucceeded(await runMain(b, inputs('domain-b')))

    const postB = await runPost(b)
    // Same content, mode and owner as after A's main (new inodes: B replaced the files).
    const withoutInodes = (files: Record<string, string>): Record<string, string> =>
      Object.fromEntries(
        Object.entries(files)
          .filter(([file]) => !file.includes('.codeartifact-setup'))
          .map(([file, entry]) => [file, entry.replace(/^inode \d+ /, '')])
      )
    expect(withoutInodes(snapshot(home))).toEqual(withoutInodes(wroteA))
    expect(filesHoldingToken([home], tokenB())).toEqual([])
    expect(await twineUpload(a)).toEqual({ status: 0, domains: ['domain-a'] })
    expectSucceeded(postB)
    expect(postB.stdout).toContain(
      `Put back in ${path.join(home, '.pypirc')} what another job using it wrote; the last job to finish restores the original.`
    )

    expectSucceeded(await runPost(a))
    expectAllClean(before, home, [a, b])
  })
})

/**
 * Runs A's main step the way a runner does, under a job process of its own
 * (the stand-in for the runner's Runner.Worker, the parent of every step)
 * that stays until killed, as a runner killed mid-job would leave it.
 */
async function mainUnderOwnWorker(
  job: Job,
  stepInputs: Record<string, string>
): Promise<{ kill: () => Promise<void> }> {
  const runnerModule = pathToFileURL(path.join(REPO_ROOT, '__tests__', 'harness', 'runner.mjs'))
  const script = [
    `import { runMain } from ${JSON.stringify(runnerModule.href)}`,
    'const job = JSON.parse(process.argv[1])',
    'const result = await runMain(job, JSON.parse(process.argv[2]))',
    'console.log(JSON.stringify({ code: result.code, stdout: result.stdout, state: job.state, exported: job.exported }))',
    'setInterval(() => {}, 1 << 30)'
  ].join('\n')
  const worker = spawn(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(job), JSON.stringify(stepInputs)],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const line = await new Promise<string>((resolve, reject) => {
    let out = ''
    worker.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')))
    })
    worker.on('exit', () => reject(new Error(`the job process ended early: ${out}`)))
  })
  const result = JSON.parse(line) as {
    code: number
    stdout: string
    state: Record<string, string>
    exported: Record<string, string>
  }
  expect({ code: result.code, errors: result.stdout.match(/^::error::.*$/gm) ?? [] }).toEqual({
    code: 0,
    errors: []
  })
  Object.assign(job.state, result.state)
  Object.assign(job.exported, result.exported)
  return {
    kill: async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve))
      worker.kill('SIGKILL')
      await exited
    }
  }
}

describe('A crashes between its main and post steps (its post step never runs)', () => {
  it("its runner dies: B's post step finds A over and restores every file", async () => {
    const { a, b, home } = twoJobs()
    const before = snapshot(home)
    const runnerOfA = await mainUnderOwnWorker(a, inputs('domain-a'))
    expectSucceeded(await runMain(b, inputs('domain-b')))
    await runnerOfA.kill()
    const postB = await runPost(b)
    // A's RUNNER_TEMP is the runner's to empty when it comes back; nothing in HOME is left.
    fs.rmSync(a.runnerTemp, { recursive: true })
    fs.mkdirSync(a.runnerTemp)
    expectAllClean(before, home, [a, b])
    expectSucceeded(postB)
    expect(postB.stdout).toMatch(
      /Ended another job's use of .*\.pypirc: its runner's job process \(pid \d+\) has ended\./
    )
  })

  it("the runner empties A's RUNNER_TEMP for its next job: B's post step finds A over", async () => {
    const { a, b, home } = twoJobs()
    const before = snapshot(home)
    expectSucceeded(await runMain(a, inputs('domain-a')))
    expectSucceeded(await runMain(b, inputs('domain-b')))
    fs.rmSync(a.runnerTemp, { recursive: true })
    fs.mkdirSync(a.runnerTemp)
    const postB = await runPost(b)
    expectAllClean(before, home, [a, b])
    expectSucceeded(postB)
    expect(postB.stdout).toMatch(
      /Ended another job's use of .*\.pypirc: its folder .* is gone \(the runner empties RUNNER_TEMP when it starts its next job\)\./
    )
  })

  it('with no other job running: the next job on this HOME ends A first, then works from the originals', async () => {
    const { a, b, home } = twoJobs()
    const before = snapshot(home)
    const runnerOfA = await mainUnderOwnWorker(a, inputs('domain-a'))
    await runnerOfA.kill()
    expect(filesHoldingToken([home], tokenA()).length).toBeGreaterThan(0)
    const mainB = await runMain(b, inputs('domain-b'))
    expectSucceeded(mainB)
    expect(filesHoldingToken([home], tokenA())).toEqual([])
    expect(pypircRepository(home)).toMatchObject({ password: tokenB() })
    expectSucceeded(await runPost(b))
    fs.rmSync(a.runnerTemp, { recursive: true })
    fs.mkdirSync(a.runnerTemp)
    expectAllClean(before, home, [a, b])
  })
})

describe('two jobs at the very same time', () => {
  it('both main steps record themselves (the lock orders them), both post steps end clean', async () => {
    const { a, b, home } = twoJobs()
    const before = snapshot(home)
    const mains = await Promise.all([
      runMain(a, inputs('domain-a')),
      runMain(b, inputs('domain-b'))
    ])
    for (const main of mains) expectSucceeded(main)
    // Whichever wrote last is on top, and its twine works.
    const onTop = pypircRepository(home)?.password === tokenA() ? a : b
    expect(await twineUpload(onTop)).toMatchObject({ status: 0 })
    const ledgerFile = path.join(home, '.pypirc.codeartifact-setup', 'ledger.json')
    const ledger = fs.existsSync(ledgerFile)
      ? (JSON.parse(fs.readFileSync(ledgerFile, 'utf8')) as { runs: { workDir: string }[] })
      : undefined
    const posts = await Promise.all([runPost(a), runPost(b)])
    expectAllClean(before, home, [a, b])
    for (const post of posts) expectSucceeded(post)
    // Both were recorded while both ran, the one on top last.
    expect(ledger?.runs.map((run) => path.dirname(run.workDir))).toEqual(
      [onTop === a ? b : a, onTop].map((job) => job.runnerTemp)
    )
  })
})

describe('a ledger folder put in place of the job’s by another user (who can write the folder of the file)', () => {
  it('the post step leaves the file and that folder alone, says so, and a later post step ends clean', async () => {
    const job = createJob(awsEnv)
    const pypirc = path.join(job.home, '.pypirc')
    fs.writeFileSync(pypirc, USER_HOME['.pypirc'].content, { mode: 0o600 })
    const before = snapshot(job.home)
    expectSucceeded(
      await runMain(job, {
        domain: 'domain-a',
        repository: 'my-repo',
        tools: 'twine',
        'check-permissions': 'off'
      })
    )
    const written = fs.readFileSync(pypirc)

    // Another user moves the job's ledger folder away and puts their own there, open to all, whose
    // ledger says to "restore" their file as root's, mode 4755.
    const real = path.join(fs.realpathSync(job.home), '.pypirc')
    const folder = `${real}.codeartifact-setup`
    fs.renameSync(folder, `${folder}.moved`)
    const planted = 'planted by another user\n'
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, 'original'), planted)
    const ledger = {
      version: 1,
      file: real,
      original: {
        kind: 'copy',
        mode: 0o4755,
        uid: 0,
        gid: 0,
        links: 1,
        digest: crypto.createHash('sha256').update(planted).digest('hex')
      },
      createdDirs: [],
      runs: []
    }
    fs.writeFileSync(path.join(folder, 'ledger.json'), JSON.stringify(ledger))
    fs.chmodSync(folder, 0o777)
    if (process.getuid?.() === 0) {
      for (const file of [folder, ...listFiles(folder)]) fs.lchownSync(file, 65534, 65534)
    }
    const plantedFolder = snapshot(folder)

    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(
      `::warning::Could not restore ${pypirc} (${folder} is not a private folder of this user`
    )
    expect(post.stdout).not.toContain('cleaned up.')
    // Nothing of the planted record was used: the file is what the main step wrote, the folder as planted.
    expect(fs.readFileSync(pypirc)).toEqual(written)
    expect((fs.lstatSync(pypirc).mode & 0o7777).toString(8)).toBe('600')
    expect(snapshot(folder)).toEqual(plantedFolder)
    expectNoTokenLeak(post, job, tokenA())

    // Once the planted folder is gone and the job's own is back, the kept manifest ends it.
    fs.rmSync(folder, { recursive: true })
    fs.renameSync(`${folder}.moved`, folder)
    const again = await runPost(job)
    expectSucceeded(again)
    expect(again.stdout).toContain(`Restored ${pypirc}`)
    expectAllClean(before, job.home, [job])
  })
})
