/**
 * Python clients through the bundled action: one main step configures pip
 * (extra-index mode), twine and poetry; then the real pip, twine 4 and
 * poetry 1.3 (Debian: `apt-get install twine python3-poetry`) install and
 * publish through what it wrote, proven by the emulator's request log. pip
 * keeps the user's own index and extra index. Without the action's config the
 * same commands are refused. The post step restores the user's files byte for
 * byte. uv is not on this machine: its variables are unit-tested
 * (tools/uv.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Emulator, RequestRecord } from '../emulator/server.mjs'
import { runClient } from '../harness/client-process.js'
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
    tools: 'pip, twine, poetry',
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

/** Runs a client asynchronously (the emulator answers from this process). */
async function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
  emulator.resetLog()
  const { status, output } = await runClient(command, args, {
    cwd,
    env: hermetic(env),
    timeoutMs: 40000
  })
  const requests = emulator.requests.filter((request) => request.format === 'pypi')
  return { status, output, requests }
}

const byRepository = (requests: RequestRecord[], repository: string) =>
  requests.filter((request) => request.repository === repository)

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(job.root, `${name}-`))
}

/** A poetry 1.3 project whose source `codeartifact` is the repository's simple index. */
function poetryProject(): string {
  const dir = tempDir('poetry')
  fs.writeFileSync(
    path.join(dir, 'pyproject.toml'),
    [
      '[tool.poetry]',
      'name = "e2e-poetry-app"',
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
      'default = true',
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

describe('pip, twine and poetry through the bundled action', () => {
  it('succeeds and exports only environment variables pip and poetry read', () => {
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    expect(main.outputs['pip-index-url']).toBe(`${endpoint}simple/`)
    expect(main.outputs['pypi-repository-url']).toBe(endpoint)
    expect(Object.keys(job.exported).sort()).toEqual([
      'CODEARTIFACT_AUTH_TOKEN',
      'PIP_EXTRA_INDEX_URL',
      'POETRY_HTTP_BASIC_CODEARTIFACT_PASSWORD',
      'POETRY_HTTP_BASIC_CODEARTIFACT_USERNAME',
      'POETRY_REPOSITORIES_CODEARTIFACT_URL'
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

  it("pip installs from CodeArtifact as an extra index and still asks the user's own indexes", async () => {
    const target = tempDir('pip-target')
    const result = await run(
      'python3',
      ['-m', 'pip', 'install', '--retries', '0', '--target', target, 'tiny-py'],
      job.root,
      stepEnv(job)
    )
    expect(result.output).toContain('Successfully installed tiny-py-1.0.0')
    expect(result.status).toBe(0)
    expect(fs.existsSync(path.join(target, 'tiny_py', '__init__.py'))).toBe(true)
    for (const repository of ['my-repo', 'main-repo', 'extra-repo']) {
      const pages = byRepository(result.requests, repository).filter(
        (request) => request.operation === 'simple-project'
      )
      expect({ repository, pages: pages.map((request) => [request.auth, request.status]) }).toEqual(
        {
          repository,
          pages: [['ok', 200]]
        }
      )
    }
    expect(result.requests.filter((request) => request.auth !== 'ok')).toEqual([])
  })

  it('twine uploads to the codeartifact repository with the token', async () => {
    const result = await run(
      'twine',
      ['upload', '--non-interactive', '--disable-progress-bar', '-r', 'codeartifact', WHEEL],
      job.root,
      stepEnv(job)
    )
    expect(result.status).toBe(0)
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
  })

  it('poetry installs from the source named codeartifact with the token', async () => {
    const dir = poetryProject()
    const result = await run('poetry', ['install', '--no-root', '-n'], dir, stepEnv(job))
    expect(result.output).toContain('Installing tiny-py (1.0.0)')
    expect(result.status).toBe(0)
    const served = result.requests.filter((request) => request.status === 200)
    expect(served.some((request) => request.operation === 'simple-project')).toBe(true)
    expect(served.some((request) => request.operation === 'file')).toBe(true)
    expect(result.requests.filter((request) => request.auth !== 'ok')).toEqual([])
  })

  it('poetry publishes to the repository named codeartifact with the token', async () => {
    const dir = poetryProject()
    const result = await run(
      'poetry',
      ['publish', '--build', '-r', 'codeartifact', '-n'],
      dir,
      stepEnv(job)
    )
    expect(result.status).toBe(0)
    expect(
      emulator.published.map(({ name, version, repository }) => [name, version, repository])
    ).toEqual([
      ['e2e-poetry-app', '0.4.2', 'my-repo'],
      ['e2e-poetry-app', '0.4.2', 'my-repo']
    ])
    expect(result.requests.every((request) => request.auth === 'ok')).toBe(true)
  })

  describe('without the action', () => {
    it('pip pointed at the repository gets 401 and installs nothing', async () => {
      const target = tempDir('pip-plain')
      const result = await run(
        'python3',
        [
          '-m',
          'pip',
          'install',
          '--retries',
          '0',
          '--target',
          target,
          '--index-url',
          `${endpoint}simple/`,
          'tiny-py'
        ],
        job.root,
        plainEnv()
      )
      expect(result.status).not.toBe(0)
      expect(result.requests.some((request) => request.status === 401)).toBe(true)
      expect(result.requests.some((request) => request.auth === 'ok')).toBe(false)
    })

    it('twine cannot upload: no codeartifact repository, and the endpoint refuses a wrong token', async () => {
      const missing = await run(
        'twine',
        ['upload', '--non-interactive', '-r', 'codeartifact', WHEEL],
        job.root,
        plainEnv()
      )
      expect(missing.status).not.toBe(0)
      expect(missing.requests).toEqual([])
      const refused = await run(
        'twine',
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
      expect(refused.status).not.toBe(0)
      expect(refused.output).toContain('401')
      expect(emulator.published).toEqual([])
    })

    it('poetry cannot read the source', async () => {
      const result = await run(
        'poetry',
        ['install', '--no-root', '-n'],
        poetryProject(),
        plainEnv()
      )
      expect(result.status).not.toBe(0)
      expect(result.requests.some((request) => request.status === 401)).toBe(true)
      expect(result.requests.some((request) => request.auth === 'ok')).toBe(false)
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
