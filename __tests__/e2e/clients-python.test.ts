/**
 * Python clients through the bundled action, with the versions people run, newest and the
 * README's minimum side by side (virtualenvs from PyPI, scripts/install-test-clients.sh): one
 * main step configures pip (extra-index mode), twine, Poetry and uv; then pip 26 and 19.3
 * install, twine 7 and 6 upload, Poetry 2.5 and 1.2 install and publish, and uv 0.13 and 0.9
 * run `uv pip install`, `uv sync` and `uv publish` against a `[[tool.uv.index]]` named by
 * `uv-index`, through what it wrote, each proven by the emulator's log split by User-Agent.
 * pip keeps the user's own index and extra index. Without the action's config the same
 * commands are refused. The post step restores the user's files byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Emulator, RequestRecord } from '../emulator/server.mjs'
import { requestsFrom, runClient } from '../harness/client-process.js'
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
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { pythonClient, pythonPinned } from '../harness/test-clients.mjs'

/** One Python client at one version: the newest set, or the set of its README minimum. */
interface PyClient {
  /** `pip/26.3`, `poetry/1.2.2`. */
  name: string
  /** The User-Agents (their start) that tell its requests apart: usually just its name. */
  userAgents: string[]
  /** The executable (for pip: the virtualenv's python, run as `python -m pip`). */
  command: string
}

function pyClient(set: string, pkg: string, executable = pkg, extraAgent?: string): PyClient {
  const name = `${pkg}/${pythonPinned(set, pkg)}`
  return {
    name,
    userAgents: [name, ...(extraAgent ? [extraAgent] : [])],
    command: pythonClient(set, executable)
  }
}

const PIPS = [pyClient('newest', 'pip', 'python'), pyClient('pip-19.3', 'pip', 'python')]
const TWINES = [pyClient('newest', 'twine'), pyClient('twine-6', 'twine')]
/** Poetry 1.2 reads indexes with requests' own User-Agent (no other client here does). */
const POETRIES = [
  pyClient('newest', 'poetry'),
  pyClient(
    'poetry-1.2',
    'poetry',
    'poetry',
    `python-requests/${pythonPinned('poetry-1.2', 'requests')}`
  )
]
const UVS = [pyClient('newest', 'uv'), pyClient('uv-0.9', 'uv')]

/** The account moto's default credentials belong to: the domain owner. */
const ACCOUNT = '123456789012'
const WHEEL = path.join(
  REPO_ROOT,
  '__tests__',
  'emulator',
  'fixtures',
  'pypi',
  'tiny_py-1.0.0-py3-none-any.whl'
)

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator
let job: Job
let main: StepResult
let token: string
let endpoint: string
let userPipConf: string
let userPypirc: string
let homeBefore: string[]

/** `http://aws:<token>@host/my-domain/pypi/<repo>/simple/`: a user's own credentialed index. */
function ownIndex(repository: string): string {
  const url = new URL(`${emulator.endpointFor('my-domain', repository, 'pypi')}simple/`)
  url.username = 'aws'
  url.password = token
  return url.toString()
}

beforeAll(async () => {
  aws = await startLocalAws({
    domains: {
      'my-domain': { owner: ACCOUNT, repositories: ['my-repo', 'main-repo', 'extra-repo'] }
    }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  token = emulator.tokenFor('my-domain')
  endpoint = emulator.endpointFor('my-domain', 'my-repo', 'pypi')
  job = createJob(awsEnv)
  // The user's own indexes: stand-ins for PyPI and a second private index.
  userPipConf = [
    '# my pip settings',
    '[global]',
    `index-url = ${ownIndex('main-repo')}`,
    'extra-index-url =',
    `    ${ownIndex('extra-repo')}`,
    'timeout = 20',
    ''
  ].join('\n')
  fs.mkdirSync(path.join(job.home, '.config', 'pip'), { recursive: true })
  fs.writeFileSync(path.join(job.home, '.config', 'pip', 'pip.conf'), userPipConf)
  userPypirc =
    '# my uploads\n[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = pypi-not-real\n'
  fs.writeFileSync(path.join(job.home, '.pypirc'), userPypirc)
  homeBefore = listFiles(job.home)
  main = await runMain(job, {
    domain: 'my-domain',
    repository: 'my-repo',
    tools: 'pip, twine, poetry, uv',
    'pip-index-mode': 'extra-index',
    'check-permissions': 'off'
  })
}, 60000)

afterAll(async () => {
  await aws?.stop()
})

/**
 * The env of a later step, made hermetic: no machine-wide wheel store
 * (`PIP_FIND_LINKS`), no keyring prompts, caches outside HOME, no rustup.
 */
function hermetic(env: Record<string, string>): Record<string, string> {
  const cache = fs.mkdtempSync(path.join(job.root, 'cache-'))
  return {
    ...env,
    // pip puts `rustc --version` in its user agent; rustup's proxy would then write ~/.rustup.
    PATH: (env.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => !fs.existsSync(path.join(dir, 'rustup')))
      .join(path.delimiter),
    PIP_FIND_LINKS: '',
    PIP_NO_INPUT: '1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_CACHE_DIR: '1',
    PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
    POETRY_CACHE_DIR: path.join(cache, 'poetry-cache'),
    POETRY_CONFIG_DIR: path.join(cache, 'poetry-config'),
    POETRY_VIRTUALENVS_IN_PROJECT: 'true',
    UV_CACHE_DIR: path.join(cache, 'uv-cache'),
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    XDG_CACHE_HOME: path.join(cache, 'xdg-cache'),
    XDG_DATA_HOME: path.join(cache, 'xdg-data')
  }
}

/** The env of a later step that did not use the action: nothing exported, a HOME without its files. */
function plainEnv(): Record<string, string> {
  const env = stepEnv(job)
  for (const name of Object.keys(job.exported)) delete env[name]
  env.HOME = fs.mkdtempSync(path.join(job.root, 'plain-home-'))
  return env
}

/**
 * Runs a client asynchronously (the emulator answers from this process) and returns what it
 * did, with the requests its User-Agent made since it started.
 */
async function run(
  client: PyClient,
  args: string[],
  cwd: string,
  env: Record<string, string>
): Promise<{ client: string; status: number | null; output: string; requests: RequestRecord[] }> {
  const since = Date.now()
  const { status, output } = await runClient(client.command, args, {
    cwd,
    env: hermetic(env),
    timeoutMs: 60000
  })
  const requests = client.userAgents
    .flatMap((userAgent) => requestsFrom(emulator.requests, userAgent, since))
    .filter((request) => request.format === 'pypi')
    .sort((a, b) => a.time - b.time)
  return { client: client.name, status, output, requests }
}

/** `python -m pip <args>` for a pip client. */
const pip = (...args: string[]): string[] => ['-m', 'pip', ...args]

const byRepository = (requests: RequestRecord[], repository: string) =>
  requests.filter((request) => request.repository === repository)

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(job.root, `${name}-`))
}

/**
 * A Poetry project whose source `codeartifact` is the repository's simple index: `default =
 * true` for Poetry 1.x, `priority = "primary"` for 2.x (which dropped `default`).
 */
function poetryProject(client: PyClient): string {
  const dir = tempDir('poetry')
  const major = client.name.split('/')[1].split('.')[0]
  fs.writeFileSync(
    path.join(dir, 'pyproject.toml'),
    [
      '[tool.poetry]',
      `name = "e2e-poetry-app-${major}"`,
      'version = "0.4.2"',
      'description = ""',
      'authors = ["CI <ci@example.com>"]',
      'packages = [{ include = "app" }]',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.9"',
      'tiny-py = "1.0.0"',
      '',
      '[[tool.poetry.source]]',
      'name = "codeartifact"',
      `url = "${endpoint}simple/"`,
      major === '1' ? 'default = true' : 'priority = "primary"',
      '',
      '[build-system]',
      'requires = ["poetry-core"]',
      'build-backend = "poetry.core.masonry.api"',
      ''
    ].join('\n')
  )
  fs.mkdirSync(path.join(dir, 'app'))
  fs.writeFileSync(path.join(dir, 'app', '__init__.py'), '')
  return dir
}

/**
 * A uv project whose `[[tool.uv.index]]` named `codeartifact` (the default uv-index) is the
 * repository: url `<endpoint>simple/`, publish-url `<endpoint>`; not a package, so `uv sync`
 * only installs its dependency.
 */
function uvProject(client: PyClient): string {
  const dir = tempDir(`uv-${client.name.replace('/', '-')}`)
  fs.writeFileSync(
    path.join(dir, 'pyproject.toml'),
    [
      '[project]',
      'name = "e2e-uv-app"',
      'version = "0.1.0"',
      'requires-python = ">=3.8"',
      'dependencies = ["tiny-py==1.0.0"]',
      '',
      '[tool.uv]',
      'package = false',
      '',
      '[[tool.uv.index]]',
      'name = "codeartifact"',
      `url = "${endpoint}simple/"`,
      `publish-url = "${endpoint}"`,
      'default = true',
      ''
    ].join('\n')
  )
  return dir
}

/** Writes a minimal pure-Python wheel `<name>-<version>` into `dir` (stdlib zipfile) and returns its path. */
function buildWheel(dir: string, name: string, version: string): string {
  const script = [
    'import base64, hashlib, sys, zipfile',
    'out, name, ver = sys.argv[1:4]',
    'mod = name.replace("-", "_")',
    'info = f"{mod}-{ver}.dist-info"',
    'files = {f"{mod}/__init__.py": b"", f"{info}/METADATA": f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {ver}\\n".encode(), f"{info}/WHEEL": b"Wheel-Version: 1.0\\nGenerator: e2e\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
    'h = lambda b: "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b"=").decode()',
    'files[f"{info}/RECORD"] = ("".join(f"{p},{h(b)},{len(b)}\\n" for p, b in files.items()) + f"{info}/RECORD,,\\n").encode()',
    'path = f"{out}/{mod}-{ver}-py3-none-any.whl"',
    'z = zipfile.ZipFile(path, "w")',
    '[z.writestr(zipfile.ZipInfo(p, (2020, 1, 1, 0, 0, 0)), b) for p, b in files.items()]',
    'z.close()',
    'print(path)'
  ].join('\n')
  return execFileSync('python3', ['-c', script, dir, name, version], { encoding: 'utf8' }).trim()
}

/** Each client succeeded, with `count` uploads (POST) and every request carrying the token. */
function expectUploads(
  outcomes: { client: string; status: number | null; requests: RequestRecord[] }[],
  clients: PyClient[],
  count: number
): void {
  expect(
    outcomes.map(({ client, status, requests }) => ({
      client,
      status,
      uploads: requests.filter((request) => request.method === 'POST' && request.auth === 'ok')
        .length,
      withoutToken: requests.filter((request) => request.auth !== 'ok').length
    }))
  ).toEqual(
    clients.map(({ name }) => ({ client: name, status: 0, uploads: count, withoutToken: 0 }))
  )
}

/** Each client failed, was refused with 401, and never got a file or a page. */
function expectRefused(
  outcomes: { client: string; status: number | null; requests: RequestRecord[] }[]
): void {
  expect(
    outcomes.map(({ client, status, requests }) => ({
      client,
      failed: status !== 0,
      got401: requests.some((request) => request.status === 401),
      withToken: requests.filter((request) => request.auth === 'ok').length
    }))
  ).toEqual(outcomes.map(({ client }) => ({ client, failed: true, got401: true, withToken: 0 })))
}

describe('pip, twine, Poetry and uv through the bundled action', () => {
  it('succeeds and exports only environment variables pip, Poetry and uv read', () => {
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    expect(aws.deniedCalls(awsEnv)).toEqual([])
    expect(main.outputs['pip-index-url']).toBe(`${endpoint}simple/`)
    expect(main.outputs['pypi-repository-url']).toBe(endpoint)
    expect(Object.keys(job.exported).sort()).toEqual([
      'CODEARTIFACT_AUTH_TOKEN',
      'CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN',
      'PIP_EXTRA_INDEX_URL',
      'POETRY_HTTP_BASIC_CODEARTIFACT_PASSWORD',
      'POETRY_HTTP_BASIC_CODEARTIFACT_USERNAME',
      'POETRY_REPOSITORIES_CODEARTIFACT_URL',
      'UV_INDEX_CODEARTIFACT_PASSWORD',
      'UV_INDEX_CODEARTIFACT_USERNAME'
    ])
    expect(job.exported.PIP_EXTRA_INDEX_URL.split(' ')).toEqual([
      ownIndex('extra-repo'),
      ownIndex('my-repo')
    ])
    expect(listFiles(job.workspace)).toEqual([])
  })

  it('~/.pypirc keeps the user repository, adds codeartifact, and is private', () => {
    const file = path.join(job.home, '.pypirc')
    const content = fs.readFileSync(file, 'utf8')
    expect(
      content.startsWith('# my uploads\n[distutils]\nindex-servers =\n    pypi\n    codeartifact\n')
    ).toBe(true)
    expect(content).toContain('[pypi]\nusername = __token__\npassword = pypi-not-real\n')
    expect(content).toContain(
      `[codeartifact]\nrepository = ${endpoint}\nusername = aws\npassword = ${token}\n`
    )
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
  })

  it("pip 26 and 19.3 install from CodeArtifact as an extra index and still ask the user's own indexes", async () => {
    const outcomes = await Promise.all(
      PIPS.map(async (client) => {
        const target = tempDir('pip-target')
        const result = await run(
          client,
          pip('install', '--retries', '0', '--target', target, 'tiny-py'),
          job.root,
          stepEnv(job)
        )
        return {
          client: result.client,
          status: result.status,
          installed: fs.existsSync(path.join(target, 'tiny_py', '__init__.py')),
          pages: Object.fromEntries(
            ['my-repo', 'main-repo', 'extra-repo'].map((repository) => [
              repository,
              byRepository(result.requests, repository)
                .filter((request) => request.operation === 'simple-project')
                .map((request) => `${request.auth} ${request.status}`)
            ])
          ),
          withoutToken: result.requests.filter((request) => request.auth !== 'ok').length
        }
      })
    )
    expect(outcomes).toEqual(
      PIPS.map(({ name }) => ({
        client: name,
        status: 0,
        installed: true,
        pages: { 'my-repo': ['ok 200'], 'main-repo': ['ok 200'], 'extra-repo': ['ok 200'] },
        withoutToken: 0
      }))
    )
  })

  it('twine 7 and 6 upload to the codeartifact repository with the token', async () => {
    for (const client of TWINES) {
      emulator.resetLog()
      const result = await run(
        client,
        ['upload', '--non-interactive', '--disable-progress-bar', '-r', 'codeartifact', WHEEL],
        job.root,
        stepEnv(job)
      )
      expect({ client: result.client, status: result.status }).toEqual({
        client: client.name,
        status: 0
      })
      expect(emulator.published).toEqual([
        {
          format: 'pypi',
          name: 'tiny-py',
          version: '1.0.0',
          repository: 'my-repo',
          domain: 'my-domain'
        }
      ])
      expect(
        result.requests.map((request) => [request.method, request.auth, request.status])
      ).toEqual([['POST', 'ok', 200]])
    }
  })

  it('Poetry 2.5 and 1.2 install from the source named codeartifact with the token', async () => {
    const outcomes = await Promise.all(
      POETRIES.map((client) =>
        run(client, ['install', '--no-root', '-n'], poetryProject(client), stepEnv(job))
      )
    )
    expect(
      outcomes.map(({ client, status, output, requests }) => ({
        client,
        status,
        installed: output.includes('Installing tiny-py (1.0.0)'),
        served: [
          ...new Set(
            requests.filter((request) => request.status === 200).map((request) => request.operation)
          )
        ].sort(),
        withoutToken: requests.filter((request) => request.auth !== 'ok').length
      }))
    ).toEqual(
      POETRIES.map(({ name }) => ({
        client: name,
        status: 0,
        installed: true,
        served: ['file', 'simple-project'],
        withoutToken: 0
      }))
    )
  })

  it('Poetry 2.5 and 1.2 publish to the repository named codeartifact with the token', async () => {
    emulator.resetLog()
    const outcomes = await Promise.all(
      POETRIES.map((client) =>
        run(
          client,
          ['publish', '--build', '-r', 'codeartifact', '-n'],
          poetryProject(client),
          stepEnv(job)
        )
      )
    )
    expectUploads(outcomes, POETRIES, 2)
    expect(
      emulator.published
        .map(({ name, version, repository }) => `${name} ${version} ${repository}`)
        .sort()
    ).toEqual([
      'e2e-poetry-app-1 0.4.2 my-repo',
      'e2e-poetry-app-1 0.4.2 my-repo',
      'e2e-poetry-app-2 0.4.2 my-repo',
      'e2e-poetry-app-2 0.4.2 my-repo'
    ])
  })

  it('uv 0.13 and 0.9: uv pip install and uv sync take tiny-py from the index named by uv-index', async () => {
    const outcomes = await Promise.all(
      UVS.map(async (client) => {
        const dir = uvProject(client)
        const target = tempDir('uv-target')
        const installed = await run(
          client,
          ['pip', 'install', '--target', target, 'tiny-py'],
          dir,
          stepEnv(job)
        )
        const synced = await run(client, ['sync'], dir, stepEnv(job))
        return {
          client: client.name,
          pipInstall: [installed.status, fs.existsSync(path.join(target, 'tiny_py'))],
          sync: [
            synced.status,
            fs
              .readdirSync(path.join(dir, '.venv', 'lib'))
              .some((python) =>
                fs.existsSync(path.join(dir, '.venv', 'lib', python, 'site-packages', 'tiny_py'))
              )
          ],
          // Each fetched the wheel (uv may read its metadata with range requests first).
          fetched: [installed, synced].map(({ requests }) =>
            requests.some((request) => request.operation === 'file' && request.status === 200)
          ),
          withoutToken: [...installed.requests, ...synced.requests].filter(
            (request) => request.auth !== 'ok'
          ).length
        }
      })
    )
    expect(outcomes).toEqual(
      UVS.map(({ name }) => ({
        client: name,
        pipInstall: [0, true],
        sync: [0, true],
        fetched: [true, true],
        withoutToken: 0
      }))
    )
  })

  it('uv 0.13 and 0.9 publish to the index named by uv-index with the token', async () => {
    emulator.resetLog()
    const outcomes = await Promise.all(
      UVS.map(async (client, index) => {
        const dir = uvProject(client)
        const wheel = buildWheel(dir, `e2e-uv-app-${index}`, '0.1.0')
        return run(client, ['publish', '--index', 'codeartifact', wheel], dir, stepEnv(job))
      })
    )
    expectUploads(outcomes, UVS, 1)
    expect(emulator.published.map(({ name }) => name).sort()).toEqual([
      'e2e-uv-app-0',
      'e2e-uv-app-1'
    ])
  })

  describe('without the action', () => {
    it('pip 26 and 19.3 pointed at the repository get 401 and install nothing', async () => {
      const outcomes = await Promise.all(
        PIPS.map((client) =>
          run(
            client,
            pip(
              'install',
              '--retries',
              '0',
              '--target',
              tempDir('pip-plain'),
              '--index-url',
              `${endpoint}simple/`,
              'tiny-py'
            ),
            job.root,
            plainEnv()
          )
        )
      )
      expectRefused(outcomes)
    })

    it('twine 7 and 6 cannot upload: no codeartifact repository, and the endpoint refuses a wrong token', async () => {
      for (const client of TWINES) {
        const missing = await run(
          client,
          ['upload', '--non-interactive', '-r', 'codeartifact', WHEEL],
          job.root,
          plainEnv()
        )
        expect({
          client: client.name,
          status: missing.status === 0,
          requests: missing.requests
        }).toEqual({
          client: client.name,
          status: false,
          requests: []
        })
        emulator.resetLog()
        const refused = await run(
          client,
          [
            'upload',
            '--non-interactive',
            '--repository-url',
            endpoint,
            '-u',
            'aws',
            '-p',
            'not-the-token',
            WHEEL
          ],
          job.root,
          plainEnv()
        )
        expect({
          client: client.name,
          status: refused.status === 0,
          said401: refused.output.includes('401')
        }).toEqual({ client: client.name, status: false, said401: true })
        expect(emulator.published).toEqual([])
      }
    })

    it('Poetry 2.5 and 1.2 cannot read the source', async () => {
      expectRefused(
        await Promise.all(
          POETRIES.map((client) =>
            run(client, ['install', '--no-root', '-n'], poetryProject(client), plainEnv())
          )
        )
      )
    })

    it('uv 0.13 and 0.9 cannot read the index', async () => {
      expectRefused(
        await Promise.all(
          UVS.map((client) =>
            run(
              client,
              ['pip', 'install', '--target', tempDir('uv-plain'), 'tiny-py'],
              uvProject(client),
              plainEnv()
            )
          )
        )
      )
    })
  })

  it("the post step restores the user's files byte for byte and removes the action's", async () => {
    const post = await runPost(job)
    expectNoTokenLeak(main, job, token)
    expectNoTokenLeak(post, job, token)
    // The user's own pip.conf names indexes on the same emulated domain, so it holds the same
    // token by the user's own doing; nothing else may.
    const userPipConfPath = path.join(job.home, '.config', 'pip', 'pip.conf')
    expect(
      filesHoldingToken([job.home, job.runnerTemp], token).filter(
        (found) => found.file !== userPipConfPath
      )
    ).toEqual([])
    expect(post.code).toBe(0)
    expect(post.stdout).not.toContain('::warning')
    expect(fs.readFileSync(path.join(job.home, '.config', 'pip', 'pip.conf'), 'utf8')).toBe(
      userPipConf
    )
    expect(fs.readFileSync(path.join(job.home, '.pypirc'), 'utf8')).toBe(userPypirc)
    expect(listFiles(job.home)).toEqual(homeBefore)
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})
