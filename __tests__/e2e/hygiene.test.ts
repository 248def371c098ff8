/**
 * Hygiene on a shared machine, through the bundled action with every client:
 * - two jobs in sequence under one HOME (a self-hosted runner) see nothing of
 *   each other's token (jobs at the same time: shared-home.test.ts);
 * - a rerun (main twice in one job, post once: the last state wins) still
 *   restores the user's originals byte for byte and leaves no token behind;
 * - a config path that is a symbolic link is never written through, for every
 *   client file in HOME (the link's target, outside, stays as it was), nor by
 *   the post step when a later step swapped a file for a link;
 * - every file the action wrote (per its manifest, and in its private folder)
 *   is mode 0600, its folders 0700;
 * - a device, FIFO or socket where a config file should be is never read
 *   (nor replaced), so the step neither blocks nor reads without end;
 * - HOME or `~/.gem` linked into the workspace is refused (real paths);
 * - a hard-linked file comes back as the same file; files of another user
 *   keep their owner and group;
 * - a second post step has nothing left to do.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Emulator } from '../emulator/server.mjs'
import {
  createJob,
  listFiles,
  runMain,
  runPost,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { TOOL_NAMES } from '../../src/tools/catalog.js'
import type { Manifest } from '../../src/config/manifest.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import type { Ledger } from '../../src/config/ledger.js'

const ACCOUNT = '123456789012'
const ALL_TOOLS = TOOL_NAMES.join(', ')

/** The user's HOME before any job: one file per client that merges into HOME. */
const USER_HOME: Record<string, string> = {
  '.npmrc': 'fund=false\n',
  '.yarnrc.yml': '# mine\nenableTelemetry: false\n',
  '.bunfig.toml': '[install]\nexact = true\n',
  '.pypirc': '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n',
  '.m2/settings.xml': '<settings>\n  <servers/>\n</settings>\n',
  '.nuget/NuGet/NuGet.Config':
    '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources/>\n</configuration>\n',
  '.cargo/config.toml': '[net]\nretry = 5\n',
  '.netrc': 'machine github.com login bot password x\n',
  '.gem/credentials': '---\n:rubygems_api_key: abc\n',
  '.swiftpm/configuration/registries.json': '{"registries":{},"version":1}\n'
}

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator

beforeAll(async () => {
  aws = await startLocalAws({
    domains: {
      'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] },
      'second-domain': { owner: ACCOUNT, repositories: ['my-repo'] }
    }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
})

afterAll(async () => {
  await aws?.stop()
})

function newJob(): Job {
  return createJob(awsEnv)
}

function seedHome(home: string): void {
  for (const [file, content] of Object.entries(USER_HOME)) {
    fs.mkdirSync(path.dirname(path.join(home, file)), { recursive: true })
    fs.writeFileSync(path.join(home, file), content, { mode: 0o644 })
  }
}

/** Files (bytes and mode) and folders under `dir`. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name)
    entries[path.relative(dir, full)] = entry.isFile()
      ? `${(fs.statSync(full).mode & 0o777).toString(8)} ${fs.readFileSync(full, 'base64')}`
      : entry.isSymbolicLink()
        ? `-> ${fs.readlinkSync(full)}`
        : 'dir'
  }
  return entries
}

function inputs(domain: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    domain,
    repository: 'my-repo',
    tools: ALL_TOOLS,
    'check-permissions': 'off',
    'cargo-replace-crates-io': 'true',
    ...extra
  }
}

function expectSucceeded(step: StepResult): void {
  expect({ code: step.code, errors: step.stdout.match(/^::error::.*$/gm) ?? [] }).toEqual({
    code: 0,
    errors: []
  })
}

describe('two jobs in sequence under one HOME (self-hosted runner)', () => {
  const token1 = (): string => emulator.tokenFor('my-domain')
  const token2 = (): string => emulator.tokenFor('second-domain')
  let job1: Job
  let job2: Job
  let homeBefore: Record<string, string>

  beforeAll(async () => {
    job1 = newJob()
    seedHome(job1.home)
    homeBefore = snapshot(job1.home)
    job2 = newJob()
    fs.rmSync(job2.home, { recursive: true })
    job2.home = job1.home // same user, same HOME; RUNNER_TEMP is emptied per job
  })

  it('job 1 runs and cleans up: no trace of token 1 under HOME or RUNNER_TEMP', async () => {
    const main = await runMain(job1, inputs('my-domain'))
    expectSucceeded(main)
    expect(filesHoldingToken([job1.home], token1()).length).toBeGreaterThan(0)
    const post = await runPost(job1)
    expectNoTokenLeak(main, job1, token1())
    expectNoTokenLeak(post, job1, token1())
    expect(filesHoldingToken([job1.home, job1.runnerTemp], token1())).toEqual([])
    expect(snapshot(job1.home)).toEqual(homeBefore)
    expect(listFiles(job1.runnerTemp)).toEqual([])
  })

  it('job 2 sees nothing of job 1, and leaves nothing of its own', async () => {
    const main = await runMain(job2, inputs('second-domain'))
    expectSucceeded(main)
    expect(main.outputs.token).toBe(token2())
    expectNoTokenLeak(main, job2, [token1(), token2()])
    expect(JSON.stringify(main)).not.toContain(token1())
    expect(JSON.stringify(job2.exported)).not.toContain(token1())
    expect(filesHoldingToken([job2.home, job2.runnerTemp, job1.runnerTemp], token1())).toEqual([])
    expect(filesHoldingToken([job2.home], token2()).length).toBeGreaterThan(0)
    const post = await runPost(job2)
    expectNoTokenLeak(post, job2, [token1(), token2()])
    expect(
      filesHoldingToken([job2.home, job2.runnerTemp, job1.runnerTemp], [token1(), token2()])
    ).toEqual([])
    expect(snapshot(job2.home)).toEqual(homeBefore)
  })
})

describe('a rerun: main twice in one job, then post once', () => {
  it('restores the originals byte for byte, with the same tools twice', async () => {
    const job = newJob()
    seedHome(job.home)
    const before = snapshot(job.home)
    expectSucceeded(await runMain(job, inputs('my-domain')))
    const second = await runMain(job, inputs('my-domain'))
    expectSucceeded(second)
    const post = await runPost(job)
    expect(post.stdout).not.toContain('::warning')
    expect(snapshot(job.home)).toEqual(before)
    expect(filesHoldingToken([job.home, job.runnerTemp], emulator.tokenFor('my-domain'))).toEqual(
      []
    )
    // Only the first run's empty manifest is left, for its own post step if it comes.
    expect(listFiles(job.runnerTemp).map((file) => path.basename(file))).toEqual(['manifest.json'])
  })

  it('restores the originals when the two runs configure different clients', async () => {
    const job = newJob()
    seedHome(job.home)
    const before = snapshot(job.home)
    expectSucceeded(await runMain(job, inputs('my-domain', { tools: 'maven, yarn, twine, swift' })))
    expectSucceeded(await runMain(job, inputs('my-domain', { tools: 'npm, nuget, maven, ruby' })))
    await runPost(job)
    expect(snapshot(job.home)).toEqual(before)
    expect(filesHoldingToken([job.home, job.runnerTemp], emulator.tokenFor('my-domain'))).toEqual(
      []
    )
  })

  it('two uses of the action (two post steps, in reverse order) also end clean', async () => {
    const job = newJob()
    seedHome(job.home)
    const before = snapshot(job.home)
    expectSucceeded(await runMain(job, inputs('my-domain')))
    const firstState = { ...job.state }
    expectSucceeded(await runMain(job, inputs('my-domain')))
    const secondPost = await runPost(job)
    job.state = firstState
    const firstPost = await runPost(job)
    for (const post of [secondPost, firstPost]) expect(post.stdout).not.toContain('::warning')
    expect(snapshot(job.home)).toEqual(before)
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})

describe('symbolic links are never written through', () => {
  /** Each client file in HOME, with the tools that write it. */
  const LINKED = [
    { file: '.yarnrc.yml', tools: 'yarn-berry' },
    // bun writes ~/.bunfig.toml only for npm scopes (else it is set up through the environment).
    { file: '.bunfig.toml', tools: 'bun', extra: { 'npm-scopes': '@myscope' } },
    { file: '.pypirc', tools: 'twine' },
    { file: '.m2/settings.xml', tools: 'maven' },
    { file: '.nuget/NuGet/NuGet.Config', tools: 'nuget' },
    { file: '.cargo/config.toml', tools: 'cargo' },
    { file: '.netrc', tools: 'swift' },
    { file: '.gem/credentials', tools: 'ruby' },
    { file: '.swiftpm/configuration/registries.json', tools: 'swift' }
  ].filter(({ tools }) => tools.split(', ').every((tool) => TOOL_NAMES.includes(tool as never)))

  const CASES = LINKED.flatMap((linked) =>
    [false, true].map((dangling) => ({
      ...linked,
      dangling,
      name: `${linked.file}${dangling ? ' (dangling)' : ''}`
    }))
  )
  interface LinkOutcome {
    job: Job
    main: StepResult
    post: StepResult
    target: string
    homeBefore: Record<string, string>
    homeAfter: Record<string, string>
    outsideBefore: Record<string, string>
    outsideAfterMain: Record<string, string>
    outsideAfter: Record<string, string>
    targetAfterMain: boolean
  }
  const outcomes = new Map<string, LinkOutcome>()

  beforeAll(async () => {
    const queue = [...CASES]
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const job = newJob()
        seedHome(job.home)
        const outside = path.join(job.root, 'outside')
        fs.mkdirSync(outside)
        const target = path.join(outside, path.basename(next.file))
        if (!next.dangling) fs.writeFileSync(target, USER_HOME[next.file], { mode: 0o644 })
        fs.rmSync(path.join(job.home, next.file))
        fs.symlinkSync(target, path.join(job.home, next.file))
        const homeBefore = snapshot(job.home)
        const outsideBefore = snapshot(outside)
        const main = await runMain(job, inputs('my-domain', { tools: next.tools, ...next.extra }))
        const outsideAfterMain = snapshot(outside)
        const targetAfterMain = fs.existsSync(target)
        const post = await runPost(job)
        outcomes.set(next.name, {
          job,
          main,
          post,
          target,
          homeBefore,
          homeAfter: snapshot(job.home),
          outsideBefore,
          outsideAfterMain,
          outsideAfter: snapshot(outside),
          targetAfterMain
        })
      }
    }
    await Promise.all([worker(), worker(), worker()])
  }, 120000)

  it.each(CASES)('~/$name is refused, its target untouched, HOME restored', (linked) => {
    const outcome = outcomes.get(linked.name) as LinkOutcome
    const { job, main, post } = outcome
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(`${path.join(job.home, linked.file)} is a symbolic link`)
    expect(outcome.outsideAfterMain).toEqual(outcome.outsideBefore)
    expect(outcome.targetAfterMain).toBe(!linked.dangling)
    expect(post.code).toBe(0)
    expect(outcome.homeAfter).toEqual(outcome.homeBefore)
    expect(outcome.outsideAfter).toEqual(outcome.outsideBefore)
    expectNoTokenLeak(main, job, emulator.tokenFor('my-domain'))
    expect(filesHoldingToken([job.root], emulator.tokenFor('my-domain'))).toEqual([])
  })
})

describe('the post step after a later step made HOME read-only (steps run unprivileged)', () => {
  const token = (): string => emulator.tokenFor('my-domain')
  const ORIGINAL = '[distutils]\nindex-servers = pypi\n'

  async function twineJob(existing: string | null): Promise<Job> {
    const job = createJob(newJob().env, undefined, { unprivileged: true })
    if (existing !== null)
      fs.writeFileSync(path.join(job.home, '.pypirc'), existing, { mode: 0o640 })
    const main = await runMain(job, inputs('my-domain', { tools: 'twine' }))
    expectSucceeded(main)
    expect(filesHoldingToken([job.home], token()).map((f) => path.basename(f.file))).toEqual([
      '.pypirc'
    ])
    fs.chmodSync(job.home, 0o555)
    return job
  }

  it('restores a changed file in place, byte and mode identical', async () => {
    const job = await twineJob(ORIGINAL)
    const post = await runPost(job)
    fs.chmodSync(job.home, 0o755)
    expect(post.stdout).toContain('codeartifact-setup cleaned up.')
    expect(post.stdout).not.toMatch(/^::warning::/m)
    const pypirc = path.join(job.home, '.pypirc')
    expect(fs.readFileSync(pypirc, 'utf8')).toBe(ORIGINAL)
    expect((fs.statSync(pypirc).mode & 0o777).toString(8)).toBe('640')
    expect(filesHoldingToken([job.home, job.runnerTemp], token())).toEqual([])
    expect(listFiles(job.runnerTemp)).toEqual([])
  })

  it('empties a file it created but cannot delete, so no token stays', async () => {
    const job = await twineJob(null)
    const post = await runPost(job)
    fs.chmodSync(job.home, 0o755)
    const pypirc = path.join(job.home, '.pypirc')
    expect(post.stdout).toContain(`Emptied ${pypirc}`)
    expect(post.stdout).toContain('codeartifact-setup cleaned up.')
    expect(fs.statSync(pypirc).size).toBe(0)
    expect(filesHoldingToken([job.home, job.runnerTemp], token())).toEqual([])
  })

  it('when a file cannot be put back at all, says so, keeps its original, and never says cleaned up', async () => {
    const job = await twineJob(ORIGINAL)
    const pypirc = path.join(job.home, '.pypirc')
    fs.chmodSync(pypirc, 0o444)
    const post = await runPost(job)
    fs.chmodSync(job.home, 0o755)
    expect(post.code).toBe(0) // the post step warns, never fails the job
    expect(post.stdout).not.toContain('cleaned up.')
    const warning = (post.stdout.match(/^::warning::Could not restore .*$/m) ?? [''])[0]
    expect(warning).toContain(pypirc)
    const backup = /the original is kept at (\S+): copy it back/.exec(warning)?.[1] ?? ''
    expect(backup).toBe(`${pypirc}.codeartifact-setup/original`)
    expect(fs.readFileSync(backup, 'utf8')).toBe(ORIGINAL)
    expect(post.stdout).toMatch(/could not undo everything: .*\.pypirc may still hold the token/)
    // The manifest left behind lists just that file, for a later post step or a person.
    const manifest = JSON.parse(fs.readFileSync(job.state['manifest-path'], 'utf8')) as Manifest
    expect(manifest.entries.map((entry) => entry.path)).toEqual([pypirc])
  })
})

describe("a client's file that cannot be written: the error names the client, the file and the fix", () => {
  function errorOf(step: StepResult): string {
    expect(step.code).toBe(1)
    return (step.stdout.match(/^::error::(.*)$/m) ?? ['', ''])[1]
  }

  it('HOME read-only: names twine and ~/.pypirc; the post step finds the original untouched', async () => {
    const job = createJob(newJob().env, undefined, { unprivileged: true })
    const pypirc = path.join(job.home, '.pypirc')
    fs.writeFileSync(pypirc, '[distutils]\n', { mode: 0o644 })
    fs.chmodSync(job.home, 0o555)
    const main = await runMain(job, inputs('my-domain', { tools: 'twine' }))
    expect(errorOf(main)).toBe(
      `Could not configure twine: ${pypirc} cannot be written (EACCES): the user this step runs as may not write it or create files in its folder. Give that user access, or set HOME to a folder it owns.`
    )
    // The token was issued but never exported: the summary says none is in the environment,
    // and lists no file, since the one it tried was never written.
    expect(main.summary).toMatch(/Environment<\/th><td>None exported\./)
    expect(main.summary).toMatch(/<h3>Files written<\/h3>\s*<p>None\.<\/p>/)
    const post = await runPost(job)
    fs.chmodSync(job.home, 0o755)
    expect(post.stdout).not.toMatch(/^::warning::/m)
    expect(post.stdout).toContain('codeartifact-setup cleaned up.')
    expect(fs.readFileSync(pypirc, 'utf8')).toBe('[distutils]\n')
    expect(filesHoldingToken([job.home, job.runnerTemp], emulator.tokenFor('my-domain'))).toEqual(
      []
    )
  })

  it('~/.m2 is a file: names maven and the file in the way', async () => {
    const job = newJob()
    fs.writeFileSync(path.join(job.home, '.m2'), 'not a folder\n')
    const main = await runMain(job, inputs('my-domain', { tools: 'maven' }))
    expect(errorOf(main)).toBe(
      `Could not configure maven: ${path.join(job.home, '.m2', 'settings.xml')} cannot be read: ${path.join(job.home, '.m2')} is a file where a folder should be. Move that file away.`
    )
    await runPost(job)
    expect(fs.readFileSync(path.join(job.home, '.m2'), 'utf8')).toBe('not a folder\n')
  })

  it('~/.m2/settings.xml is a folder: says so', async () => {
    const job = newJob()
    fs.mkdirSync(path.join(job.home, '.m2', 'settings.xml'), { recursive: true })
    const main = await runMain(job, inputs('my-domain', { tools: 'maven' }))
    expect(errorOf(main)).toBe(
      `Could not configure maven: ${path.join(job.home, '.m2', 'settings.xml')} is a folder where the client expects a file. Rename or remove the folder.`
    )
  })
})

describe('file modes', () => {
  it('everything the action wrote is 0600 (folders 0700), per its manifest and private folder', async () => {
    const job = newJob()
    seedHome(job.home)
    const token = emulator.tokenFor('my-domain')
    expectSucceeded(await runMain(job, inputs('my-domain')))
    const manifest = JSON.parse(fs.readFileSync(job.state['manifest-path'], 'utf8')) as Manifest
    expect(manifest.entries.length).toBeGreaterThan(5)
    const modes: Record<string, string> = {}
    const originals: string[] = []
    const mode = (file: string): string => (fs.statSync(file).mode & 0o777).toString(8)
    for (const entry of manifest.entries) {
      modes[entry.path] = mode(entry.path)
      if (entry.ledger === undefined) continue
      // The ledger folder beside the file: its record and lock; `original` is the user's own file.
      modes[entry.ledger] = mode(entry.ledger)
      for (const file of listFiles(entry.ledger)) {
        if (path.basename(file) === 'original') originals.push(mode(file))
        else modes[file] = mode(file)
      }
      const ledger = JSON.parse(
        fs.readFileSync(path.join(entry.ledger, 'ledger.json'), 'utf8')
      ) as Ledger
      for (const dir of ledger.createdDirs) modes[dir] = mode(dir)
    }
    for (const file of listFiles(manifest.workDir)) modes[file] = mode(file)
    modes[manifest.workDir] = mode(manifest.workDir)
    const expected = Object.fromEntries(
      Object.keys(modes).map((file) => [file, fs.statSync(file).isDirectory() ? '700' : '600'])
    )
    expect(modes).toEqual(expected)
    // The originals kept beside them are the user's own files, untouched (seeded 0644).
    expect(originals.length).toBeGreaterThan(5)
    expect(new Set(originals)).toEqual(new Set(['644']))
    // Every file holding the token was written by the action (so it is one of those above).
    for (const { file } of filesHoldingToken([job.home, job.runnerTemp], token)) {
      expect(Object.keys(modes)).toContain(file)
    }
    await runPost(job)
  })
})

describe('a user or workspace file that is a device or a FIFO is never read (never blocks, never reads without end)', () => {
  /**
   * Releases a step blocked on opening `fifo` for reading (what the action did before it checked
   * file types), so that a failing run ends; whether it had to is the finding.
   */
  function watchdog(fifo: string, ms: number): { fired: () => boolean; stop: () => void } {
    let fired = false
    const timer = setTimeout(() => {
      try {
        fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK))
        fired = true
      } catch {
        // ENXIO: nobody is reading it
      }
    }, ms)
    return { fired: () => fired, stop: () => clearTimeout(timer) }
  }

  it('~/.npmrc and the workspace .npmrc linked to /dev/zero are skipped, with a line each', async () => {
    const job = newJob()
    fs.symlinkSync('/dev/zero', path.join(job.home, '.npmrc'))
    fs.symlinkSync('/dev/zero', path.join(job.workspace, '.npmrc'))
    const main = await runMain(job, inputs('my-domain', { tools: 'npm' }))
    expectSucceeded(main)
    for (const file of [path.join(job.home, '.npmrc'), path.join(job.workspace, '.npmrc')]) {
      expect(main.stdout).toContain(
        `::warning::Skipped ${file}: it is a character device, not a regular file; codeartifact-setup reads only regular files of at most 4 MiB.`
      )
    }
    const npmrc = fs.readFileSync(job.exported.NPM_CONFIG_USERCONFIG, 'utf8')
    expect(npmrc).toContain(`registry=${emulator.endpointFor('my-domain', 'my-repo', 'npm')}`)
    expect(fs.readlinkSync(path.join(job.home, '.npmrc'))).toBe('/dev/zero')
    await runPost(job)
  })

  it('a FIFO at ~/.npmrc (only read) is skipped at once', async () => {
    const job = newJob()
    const fifo = path.join(job.home, '.npmrc')
    execFileSync('mkfifo', [fifo])
    const guard = watchdog(fifo, 20000)
    const main = await runMain(job, inputs('my-domain', { tools: 'npm' }))
    guard.stop()
    expect(guard.fired()).toBe(false)
    expectSucceeded(main)
    expect(main.stdout).toContain(`::warning::Skipped ${fifo}: it is a FIFO, not a regular file;`)
    await runPost(job)
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('a FIFO at ~/.pypirc (to be written) stops the step at once with a clear error, and is left alone', async () => {
    const job = newJob()
    const fifo = path.join(job.home, '.pypirc')
    execFileSync('mkfifo', [fifo])
    const guard = watchdog(fifo, 20000)
    const main = await runMain(job, inputs('my-domain', { tools: 'twine' }))
    guard.stop()
    expect(guard.fired()).toBe(false)
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(
      `::error::Could not configure twine: ${fifo} is a FIFO, not a regular file; codeartifact-setup does not replace it.`
    )
    const post = await runPost(job)
    expect(post.stdout).not.toContain('::warning')
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true)
    expect(fs.readdirSync(job.home)).toEqual(['.pypirc'])
    expect(filesHoldingToken([job.root], emulator.tokenFor('my-domain'))).toEqual([])
  })
})

describe('HOME or a client folder linked into the workspace (as cache set-ups do)', () => {
  it.each([
    { linked: '', tools: 'twine', file: '.pypirc' },
    { linked: '.gem', tools: 'ruby', file: '.gem/credentials' }
  ])(
    'HOME$linked as a link into the workspace: refused, no token in the workspace',
    async ({ linked, tools, file }) => {
      const job = newJob()
      const inside = path.join(job.workspace, linked === '' ? '.home' : 'vendor/gem-home')
      fs.mkdirSync(inside, { recursive: true })
      const link = linked === '' ? job.home : path.join(job.home, linked)
      fs.rmSync(link, { recursive: true, force: true })
      fs.symlinkSync(inside, link)
      const main = await runMain(job, inputs('my-domain', { tools }))
      expect(main.code).toBe(1)
      expect(main.stdout).toContain(
        `::error::${path.join(job.home, file)} lies inside GITHUB_WORKSPACE (${job.workspace}) through a link`
      )
      expect(filesHoldingToken([job.workspace], emulator.tokenFor('my-domain'))).toEqual([])
      expect(listFiles(job.workspace)).toEqual([])
      await runPost(job)
    }
  )
})

/** Whether this process may bind-mount (root with CAP_SYS_ADMIN, as in the CI container). */
function canBindMount(): boolean {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bind-'))
  try {
    return spawnSync('mount', ['--bind', probe, probe]).status === 0
  } finally {
    spawnSync('umount', [probe])
    fs.rmSync(probe, { recursive: true, force: true })
  }
}

describe('HOME or a client folder bind-mounted from the workspace (a container’s -v $GITHUB_WORKSPACE/.home:/root)', () => {
  const bindMounts = canBindMount()
  it.each([
    { mounted: '', tools: 'twine, swift', file: '.pypirc' },
    { mounted: '.gem', tools: 'ruby', file: '.gem/credentials' }
  ])(
    'HOME$mounted mounted from the workspace: refused, no token in the workspace',
    async ({ mounted, tools, file }) => {
      if (!bindMounts) {
        console.warn('skipped: this process may not bind-mount (needs root with CAP_SYS_ADMIN)')
        return
      }
      const job = newJob()
      const source = path.join(job.workspace, mounted === '' ? '.home' : 'vendor/gem-home')
      fs.mkdirSync(source, { recursive: true })
      const target = mounted === '' ? job.home : path.join(job.home, mounted)
      fs.mkdirSync(target, { recursive: true })
      execFileSync('mount', ['--bind', source, target])
      try {
        // Realpath sees no link: HOME's real path is outside the workspace.
        expect(fs.realpathSync(target).startsWith(fs.realpathSync(job.workspace))).toBe(false)
        const main = await runMain(job, inputs('my-domain', { tools }))
        expect(listFiles(job.workspace)).toEqual([])
        expect(main.code).toBe(1)
        expect(main.stdout).toContain(
          `::error::${path.join(job.home, file)} lies inside GITHUB_WORKSPACE (${job.workspace}) through a mount`
        )
        await runPost(job)
      } finally {
        execFileSync('umount', [target])
      }
      expect(filesHoldingToken([job.workspace, job.home], emulator.tokenFor('my-domain'))).toEqual(
        []
      )
    }
  )
})

describe('hard links and owners are kept', () => {
  it('a hard-linked ~/.pypirc comes back as the same file, still linked; its other name never holds the token', async () => {
    const job = newJob()
    const dotfiles = path.join(job.root, 'dotfiles', 'pypirc')
    fs.mkdirSync(path.dirname(dotfiles))
    fs.writeFileSync(dotfiles, '[distutils]\nindex-servers = pypi\n', { mode: 0o644 })
    fs.linkSync(dotfiles, path.join(job.home, '.pypirc'))
    const inode = fs.statSync(dotfiles).ino
    expectSucceeded(await runMain(job, inputs('my-domain', { tools: 'twine' })))
    expect(fs.readFileSync(dotfiles, 'utf8')).toBe('[distutils]\nindex-servers = pypi\n')
    expect(fs.readFileSync(path.join(job.home, '.pypirc'), 'utf8')).toContain('[codeartifact]')
    const post = await runPost(job)
    expect(post.stdout).not.toContain('::warning')
    const restored = fs.statSync(path.join(job.home, '.pypirc'))
    expect({ inode: restored.ino, links: restored.nlink }).toEqual({ inode, links: 2 })
    expect(filesHoldingToken([job.root], emulator.tokenFor('my-domain'))).toEqual([])
  })

  // Only root can give files to another user (and run the steps, as container jobs do).
  const asRoot = process.getuid?.() === 0 ? describe : describe.skip
  asRoot('files of another user (uid 1000), steps run as root', () => {
    it('keep their owner and group during the job (the user can still read them) and after', async () => {
      const job = newJob()
      fs.chmodSync(job.root, 0o711) // the user may reach their HOME
      seedHome(job.home)
      for (const entry of ['', ...fs.readdirSync(job.home, { recursive: true })]) {
        fs.lchownSync(path.join(job.home, String(entry)), 1000, 1000)
      }
      const before = snapshot(job.home)
      const owners = (): Record<string, string> =>
        Object.fromEntries(
          ['.pypirc', '.netrc', '.m2/settings.xml', '.gem/credentials'].map((file) => {
            const stat = fs.statSync(path.join(job.home, file))
            return [file, `${stat.uid}:${stat.gid}`]
          })
        )
      expectSucceeded(
        await runMain(job, inputs('my-domain', { tools: 'twine, swift, maven, ruby' }))
      )
      expect(owners()).toEqual({
        '.pypirc': '1000:1000',
        '.netrc': '1000:1000',
        '.m2/settings.xml': '1000:1000',
        '.gem/credentials': '1000:1000'
      })
      const read = spawnSync(
        'setpriv',
        ['--reuid=1000', '--regid=1000', '--clear-groups', 'cat', path.join(job.home, '.pypirc')],
        { encoding: 'utf8' }
      )
      expect({ status: read.status, section: read.stdout.includes('[codeartifact]') }).toEqual({
        status: 0,
        section: true
      })
      await runPost(job)
      expect(owners()).toEqual({
        '.pypirc': '1000:1000',
        '.netrc': '1000:1000',
        '.m2/settings.xml': '1000:1000',
        '.gem/credentials': '1000:1000'
      })
      expect(snapshot(job.home)).toEqual(before)
    })
  })
})

describe('the post step never writes through a link', () => {
  it('HOME read-only and ~/.pypirc swapped for a link by a later step: the link target is untouched', async () => {
    const job = createJob(newJob().env, undefined, { unprivileged: true })
    const pypirc = path.join(job.home, '.pypirc')
    fs.writeFileSync(pypirc, '[distutils]\nindex-servers = pypi\n', { mode: 0o644 })
    expectSucceeded(await runMain(job, inputs('my-domain', { tools: 'twine' })))
    const victim = path.join(job.root, 'victim')
    fs.writeFileSync(victim, 'precious\n', { mode: 0o666 })
    fs.rmSync(pypirc)
    fs.symlinkSync(victim, pypirc)
    fs.chmodSync(job.home, 0o555)
    const post = await runPost(job)
    fs.chmodSync(job.home, 0o755)
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(
      `::warning::Could not restore ${pypirc} (${pypirc} is now a symbolic link (a later step replaced the file); codeartifact-setup does not write through links.)`
    )
    expect(post.stdout).toContain(`the original is kept at ${pypirc}.codeartifact-setup/original`)
    expect(filesHoldingToken([job.root], emulator.tokenFor('my-domain'))).toEqual([])
  })
})

describe('the post step run twice', () => {
  it('the second run says there is nothing left to do, and warns about nothing', async () => {
    const job = newJob()
    seedHome(job.home)
    const before = snapshot(job.home)
    expectSucceeded(await runMain(job, inputs('my-domain', { tools: 'twine, maven' })))
    const first = await runPost(job)
    const second = await runPost(job)
    expect(first.stdout).toContain('codeartifact-setup cleaned up.')
    expect({ code: second.code, stdout: second.stdout }).toEqual({
      code: 0,
      stdout:
        'codeartifact-setup: nothing left to clean up; an earlier post step of this job already did.\n'
    })
    expect(snapshot(job.home)).toEqual(before)
  })
})
