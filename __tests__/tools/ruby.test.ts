import { describe, expect, it } from '@jest/globals'
import YAML from 'yaml'
import {
  bundlerCredentialEnvName,
  credentialedGemSource,
  gemCredentialsCandidates,
  rubyConfigurer,
  rubygemsHost,
  userGemrcCandidates
} from '../../src/tools/ruby.js'
import { accessFor, contentOf, LINUX, planWith, TOKEN } from './build-tool-fixtures.js'

const access = accessFor('ruby')
const HOST = 'my-domain-111122223333.d.codeartifact.us-west-2.amazonaws.com'
const PUSH_HOST = access.endpoint.replace(/\/$/, '')
const JOB_GEMRC = '/tmp/runner/codeartifact-setup-x/ruby/gemrc'
const CREDENTIALS = '/home/runner/.gem/credentials'

describe('tools/ruby.ts', () => {
  it("names Bundler's credential env var as Bundler::Settings.key_for does", () => {
    expect(bundlerCredentialEnvName(HOST)).toBe(
      'BUNDLE_MY___DOMAIN___111122223333__D__CODEARTIFACT__US___WEST___2__AMAZONAWS__COM'
    )
    expect(bundlerCredentialEnvName('127.0.0.1')).toBe('BUNDLE_127__0__0__1')
    expect(rubygemsHost('https://h/ruby/r/')).toBe('https://h/ruby/r')
  })

  it('puts URL-encoded aws:<token> credentials in the gem source', () => {
    const url = new URL(credentialedGemSource(access.endpoint, TOKEN))
    expect(url.username).toBe('aws')
    expect(decodeURIComponent(url.password)).toBe(TOKEN)
    expect(`${url.origin}${url.pathname}`).toBe(access.endpoint)
  })

  it('finds gemrc and credentials candidates per platform, honouring XDG', () => {
    expect(userGemrcCandidates({ platform: 'linux', home: '/home/u', env: {} })).toEqual([
      '/home/u/.gemrc',
      '/home/u/.config/gem/gemrc'
    ])
    expect(
      gemCredentialsCandidates({
        platform: 'darwin',
        home: '/Users/u',
        env: { XDG_DATA_HOME: '/x' }
      })
    ).toEqual(['/Users/u/.gem/credentials', '/x/gem/credentials'])
    expect(gemCredentialsCandidates({ platform: 'win32', home: 'C:\\Users\\u', env: {} })).toEqual([
      'C:\\Users\\u\\.gem\\credentials',
      'C:\\Users\\u\\.local\\share\\gem\\credentials'
    ])
  })

  it('sets Bundler credentials, GEMRC after the user gemrc, RUBYGEMS_HOST and push keys', () => {
    const plan = planWith(rubyConfigurer, access)
    expect(plan.env).toEqual({
      [bundlerCredentialEnvName(HOST)]: `aws:${TOKEN}`,
      GEMRC: `/home/runner/.gemrc:${JOB_GEMRC}`,
      RUBYGEMS_HOST: PUSH_HOST
    })
    const gemrc = YAML.parse(contentOf(plan, JOB_GEMRC)) as Record<string, string[]>
    expect(Object.keys(gemrc)).toEqual([':sources'])
    expect(gemrc[':sources']).toEqual([credentialedGemSource(access.endpoint, TOKEN)])
    expect(contentOf(plan, JOB_GEMRC)).toMatch(/^:sources:\n/)
    const credentials = YAML.parse(contentOf(plan, CREDENTIALS)) as Record<string, string>
    expect(credentials).toEqual({
      ':codeartifact_api_key': `Bearer ${TOKEN}`,
      [PUSH_HOST]: `Bearer ${TOKEN}`
    })
    expect(plan.env.GEM_HOST_API_KEY).toBeUndefined()
    expect(plan.outputs).toEqual({ 'ruby-source-url': access.endpoint })
    expect(JSON.stringify([plan.outputs, plan.notes])).not.toContain(TOKEN)
  })

  it("keeps the user's credentials and comments, and never edits their gemrc", () => {
    const user = '# keys\n---\n:rubygems_api_key: rubygems_0123 # rubygems.org\n'
    const plan = planWith(rubyConfigurer, access, {
      [CREDENTIALS]: user,
      '/home/runner/.gemrc': ':verbose: true\n'
    })
    const text = contentOf(plan, CREDENTIALS)
    expect(text.startsWith('# keys\n---\n:rubygems_api_key: rubygems_0123 # rubygems.org\n')).toBe(
      true
    )
    expect((YAML.parse(text) as Record<string, string>)[':rubygems_api_key']).toBe('rubygems_0123')
    expect(plan.files.map((file) => file.path).sort()).toEqual([CREDENTIALS, JOB_GEMRC].sort())
  })

  it('follows the files RubyGems would read: XDG ones when only they exist, a set GEMRC', () => {
    const xdgCredentials = '/home/runner/.local/share/gem/credentials'
    const plan = planWith(rubyConfigurer, access, {
      [xdgCredentials]: ':rubygems_api_key: k\n',
      '/home/runner/.config/gem/gemrc': ':verbose: true\n'
    })
    expect(plan.files.map((file) => file.path)).toContain(xdgCredentials)
    expect(plan.env.GEMRC).toBe(`/home/runner/.config/gem/gemrc:${JOB_GEMRC}`)
    const withGemrc = planWith(
      rubyConfigurer,
      access,
      {},
      {},
      { ...LINUX, env: { GEMRC: '/etc/a:/etc/b' } }
    )
    expect(withGemrc.env.GEMRC).toBe(`/etc/a:/etc/b:${JOB_GEMRC}`)
    const windows = planWith(
      rubyConfigurer,
      access,
      {},
      {},
      {
        platform: 'win32',
        home: 'C:\\Users\\u',
        workDir: 'D:\\a\\_temp\\codeartifact-setup-x',
        env: {}
      }
    )
    expect(windows.env.GEMRC).toBe(
      'C:\\Users\\u\\.gemrc;D:\\a\\_temp\\codeartifact-setup-x\\ruby\\gemrc'
    )
  })

  it('refuses a credentials file that is not a YAML mapping', () => {
    expect(() => planWith(rubyConfigurer, access, { [CREDENTIALS]: '- a\n- b\n' })).toThrow(
      /\.gem\/credentials is not a YAML mapping/
    )
    expect(() => planWith(rubyConfigurer, access, { [CREDENTIALS]: 'a: [\n' })).toThrow(
      /\.gem\/credentials is not valid YAML/
    )
  })
})
