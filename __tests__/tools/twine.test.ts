import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { twineConfigurer } from '../../src/tools/twine.js'
import type { JobLocation, PlanRequest, RepositoryAccess } from '../../src/tools/plan.js'

const endpoint =
  'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/'
const access: RepositoryAccess = {
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'us-east-1',
  format: 'pypi',
  endpoint,
  token: 'secret%token',
  tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
}
const location: JobLocation = { platform: 'linux', home: '/home/u', workDir: '/tmp/ca', env: {} }
const FILE = '/home/u/.pypirc'

function plan(content: string | null, env: Record<string, string> = {}) {
  const request: PlanRequest = {
    access,
    location: { ...location, env },
    options: { npmScopes: [] },
    files: new Map([[FILE, content]])
  }
  return twineConfigurer.plan(request)
}

/**
 * Reads a .pypirc with Python's RawConfigParser and twine's rule (twine
 * `utils.get_config`): only sections listed in `[distutils] index-servers`
 * (default `pypi testpypi`) count.
 */
function twineReads(text: string): Record<string, Record<string, string>> {
  const script = [
    'import configparser, json, sys',
    'p = configparser.RawConfigParser()',
    'p.read_string(sys.stdin.read())',
    'servers = p.get("distutils", "index-servers", fallback="pypi testpypi").split()',
    'print(json.dumps({s: dict(p.items(s)) if p.has_section(s) else {} for s in servers}))'
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }))
}

const OURS = { repository: endpoint, username: 'aws', password: 'secret%token' }

describe('tools/twine.ts', () => {
  it('reads and writes ~/.pypirc', () => {
    expect(twineConfigurer.reads(access, location, { npmScopes: [] })).toEqual([FILE])
    expect(plan(null).files.map((file) => file.path)).toEqual([FILE])
  })

  it('creates the file twine needs, keeping pypi and testpypi usable', () => {
    const result = plan(null)
    expect(twineReads(result.files[0].content)).toEqual({
      pypi: {},
      testpypi: {},
      codeartifact: OURS
    })
    expect(result.env).toEqual({})
    expect(result.outputs).toEqual({ 'pypi-repository-url': endpoint })
    expect(result.notes.join('\n')).toContain('twine upload -r codeartifact')
    expect(result.notes.join('\n')).not.toContain('secret')
  })

  it("adds codeartifact to the user's index-servers and keeps their repositories and comments", () => {
    const user = [
      '# my uploads',
      '[distutils]',
      'index-servers =',
      '    pypi',
      '    private',
      '',
      '[pypi]',
      'username = __token__',
      'password = pypi-abc',
      '',
      '[private]',
      'repository: https://private.example/legacy/',
      'username: me',
      ''
    ].join('\n')
    const content = plan(user).files[0].content
    expect(content.startsWith('# my uploads\n[distutils]\n')).toBe(true)
    expect(content).toContain('[pypi]\nusername = __token__\npassword = pypi-abc\n')
    expect(twineReads(content)).toEqual({
      pypi: { username: '__token__', password: 'pypi-abc' },
      private: { repository: 'https://private.example/legacy/', username: 'me' },
      codeartifact: OURS
    })
  })

  it('extends a one-line index-servers and replaces an earlier codeartifact section', () => {
    const user =
      '[distutils]\nindex-servers = pypi codeartifact\n\n[codeartifact]\nrepository = https://old/\nusername = aws\npassword = old\n\n[pypi]\nusername = __token__\n'
    const content = plan(user).files[0].content
    expect(content.match(/^\[codeartifact\]/gm)).toHaveLength(1)
    expect(content).toContain('index-servers = pypi codeartifact\n')
    expect(twineReads(content)).toEqual({ pypi: { username: '__token__' }, codeartifact: OURS })
  })

  it("adds [distutils] with twine's defaults when the file has none", () => {
    const content = plan('[testpypi]\nusername = __token__\n').files[0].content
    expect(twineReads(content)).toEqual({
      pypi: {},
      testpypi: { username: '__token__' },
      codeartifact: OURS
    })
  })

  it('adds index-servers to a [distutils] section without one', () => {
    const content = plan('[distutils]\n# nothing yet\n[pypi]\nusername = me\n').files[0].content
    expect(twineReads(content)).toEqual({
      pypi: { username: 'me' },
      testpypi: {},
      codeartifact: OURS
    })
  })

  it('notes TWINE_* variables that would override the file', () => {
    const result = plan(null, { TWINE_PASSWORD: 'x', TWINE_USERNAME: 'y' })
    expect(result.notes.join('\n')).toContain('TWINE_USERNAME, TWINE_PASSWORD')
  })
})
