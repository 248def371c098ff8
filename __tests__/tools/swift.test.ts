/**
 * SwiftPM's registries.json as SE-0378 and SwiftPM's RegistryConfiguration
 * encode it (https://github.com/swiftlang/swift-evolution/blob/main/proposals/0378-package-registry-auth.md),
 * and netrc read back with Python's netrc module. No Swift toolchain is
 * available on this machine, so no real SwiftPM runs here.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { setNetrcMachine } from '../../src/tools/netrc.js'
import {
  swiftAuthenticationKey,
  swiftConfigurer,
  swiftNetrcPath,
  swiftRegistriesPath
} from '../../src/tools/swift.js'
import { accessFor, contentOf, LINUX, planWith, TOKEN } from './build-tool-fixtures.js'

const access = { ...accessFor('swift'), token: 'eyJ2.tok-en_with.odd+chars/=' }
const HOST = 'my-domain-111122223333.d.codeartifact.us-west-2.amazonaws.com'
const REGISTRIES = '/home/runner/.swiftpm/configuration/registries.json'
const NETRC = '/home/runner/.netrc'

/** Parses netrc text with Python's netrc module: host → [login, account, password]. */
function pythonNetrc(text: string): Record<string, [string, string, string]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netrc-'))
  const file = path.join(dir, 'netrc')
  fs.writeFileSync(file, text, { mode: 0o600 })
  try {
    const json = execFileSync(
      'python3',
      ['-c', 'import json,netrc,sys; print(json.dumps(netrc.netrc(sys.argv[1]).hosts))', file],
      { encoding: 'utf8' }
    )
    return JSON.parse(json) as Record<string, [string, string, string]>
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const USER_NETRC = [
  '# my machines',
  'machine github.com',
  '  login me',
  '  password ghp_secret',
  '',
  `machine ${HOST} login old password stale`,
  'macdef init',
  'cd /pub',
  'binary',
  '',
  'default login anonymous password me@example.com',
  ''
].join('\n')

describe('tools/swift.ts', () => {
  it('finds registries.json and .netrc under the home folder on every platform', () => {
    expect(swiftRegistriesPath({ platform: 'linux', home: '/home/u' })).toBe(
      '/home/u/.swiftpm/configuration/registries.json'
    )
    expect(swiftRegistriesPath({ platform: 'darwin', home: '/Users/u' })).toBe(
      '/Users/u/.swiftpm/configuration/registries.json'
    )
    expect(swiftRegistriesPath({ platform: 'win32', home: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\.swiftpm\\configuration\\registries.json'
    )
    expect(swiftNetrcPath({ platform: 'linux', home: '/home/u' })).toBe('/home/u/.netrc')
    expect(swiftNetrcPath({ platform: 'win32', home: 'C:\\Users\\u' })).toBe('C:\\Users\\u\\.netrc')
  })

  it('keys authentication by host, with the port only when the URL has one', () => {
    expect(swiftAuthenticationKey(access.endpoint)).toBe(HOST)
    expect(swiftAuthenticationKey('http://127.0.0.1:8080/d/swift/r/')).toBe('127.0.0.1:8080')
  })

  it('writes the default registry, token authentication and the netrc entry', () => {
    const plan = planWith(swiftConfigurer, access)
    const registries = JSON.parse(contentOf(plan, REGISTRIES)) as Record<string, unknown>
    expect(registries).toEqual({
      registries: { '[default]': { url: access.endpoint, supportsAvailability: false } },
      authentication: { [HOST]: { type: 'token', loginAPIPath: '/swift/my-repo/login' } },
      version: 1
    })
    expect(contentOf(plan, REGISTRIES)).not.toContain(access.token)
    expect(pythonNetrc(contentOf(plan, NETRC))).toEqual({ [HOST]: ['token', '', access.token] })
    expect(plan.outputs).toEqual({ 'swift-registry-url': access.endpoint })
    expect(JSON.stringify([plan.outputs, plan.notes])).not.toContain(access.token)
  })

  it("routes only the given scopes and keeps the user's registries, authentication and security", () => {
    const user = {
      registries: {
        '[default]': { url: 'https://packages.example.com', supportsAvailability: true },
        acme: { url: 'https://acme.example.com' }
      },
      authentication: { 'packages.example.com': { type: 'basic' } },
      security: { default: { signing: { onUnsigned: 'error' } } },
      version: 1
    }
    const plan = planWith(
      swiftConfigurer,
      access,
      { [REGISTRIES]: JSON.stringify(user) },
      { swiftScopes: ['mona', 'acme'] }
    )
    const merged = JSON.parse(contentOf(plan, REGISTRIES)) as typeof user & Record<string, unknown>
    expect(merged.registries).toEqual({
      '[default]': user.registries['[default]'],
      acme: { url: access.endpoint, supportsAvailability: false },
      mona: { url: access.endpoint, supportsAvailability: false }
    })
    expect(merged.authentication).toEqual({
      'packages.example.com': { type: 'basic' },
      [HOST]: { type: 'token', loginAPIPath: '/swift/my-repo/login' }
    })
    expect(merged.security).toEqual(user.security)
  })

  it("replaces the host's netrc entry and keeps every other machine, macro, default and comment", () => {
    const text = contentOf(planWith(swiftConfigurer, access, { [NETRC]: USER_NETRC }), NETRC)
    expect(text).toBe(
      USER_NETRC.replace(
        `machine ${HOST} login old password stale`,
        `machine ${HOST} login token password ${access.token}`
      )
    )
    const hosts = pythonNetrc(text)
    expect(hosts[HOST]).toEqual(['token', '', access.token])
    expect(hosts['github.com']).toEqual(['me', '', 'ghp_secret'])
    expect(hosts.default).toEqual(['anonymous', '', 'me@example.com'])
  })

  it('adds a new machine before the default entry, which must stay last', () => {
    const user = 'machine a.example login x password y\ndefault login anonymous password p\n'
    const text = setNetrcMachine(user, HOST, 'token', 'T')
    expect(text).toBe(
      `machine a.example login x password y\nmachine ${HOST} login token password T\ndefault login anonymous password p\n`
    )
    expect(setNetrcMachine('machine a login b password c', 'h', 'token', 'T')).toBe(
      'machine a login b password c\nmachine h login token password T\n'
    )
    expect(setNetrcMachine('machine a login b password c\r\n', 'h', 'token', 'T')).toBe(
      'machine a login b password c\r\nmachine h login token password T\r\n'
    )
    expect(() => setNetrcMachine(null, 'h', 'token', 'has space')).toThrow(/whitespace/)
  })

  it('notes --netrc on macOS, where SwiftPM otherwise reads the keychain only', () => {
    const plan = planWith(
      swiftConfigurer,
      access,
      {},
      {},
      {
        ...LINUX,
        platform: 'darwin',
        home: '/Users/runner'
      }
    )
    expect(plan.notes.join('\n')).toMatch(/--netrc/)
    expect(plan.files.map((file) => file.path)).toEqual([
      '/Users/runner/.swiftpm/configuration/registries.json',
      '/Users/runner/.netrc'
    ])
  })

  it('refuses a registries.json that is not a JSON object', () => {
    expect(() => planWith(swiftConfigurer, access, { [REGISTRIES]: '{"registries": [' })).toThrow(
      /registries\.json is not valid JSON/
    )
    expect(() => planWith(swiftConfigurer, access, { [REGISTRIES]: '{"registries": []}' })).toThrow(
      /"registries" is not a JSON object/
    )
  })

  it('never writes the token outside the netrc file', () => {
    const plan = planWith(swiftConfigurer, { ...access, token: TOKEN.replace(/\s/g, '') })
    expect(contentOf(plan, REGISTRIES)).not.toContain('tok/en')
  })
})
