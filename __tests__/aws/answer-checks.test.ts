import { describe, expect, it } from '@jest/globals'
import {
  MAX_ENDPOINT_LENGTH,
  checkAuthorizationToken,
  checkExpiration,
  checkRepositoryEndpoint,
  quoteForLog
} from '../../src/aws/answer-checks.js'

const WHERE = 'GetRepositoryEndpoint for acme/shared (npm)'
const AWS = 'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/shared/'

describe('checkRepositoryEndpoint', () => {
  it.each([
    AWS,
    'https://acme-111122223333.d.codeartifact.us-gov-west-1.amazonaws.com/maven/My.Repo_1-x/',
    'https://vpce-0123456789abcdef0-abcdefgh.d.codeartifact.us-west-2.vpce.amazonaws.com/pypi/r/',
    'http://127.0.0.1:8080/my-domain/npm/my-repo/',
    'http://localhost:8080/my-domain/npm/my-repo/',
    'http://[::1]:8080/d/npm/r/'
  ])('accepts %s as it is', (endpoint) => {
    expect(checkRepositoryEndpoint(endpoint, WHERE)).toBe(endpoint)
  })

  it.each([
    [undefined, /returned no endpoint\.$/],
    ['', /returned no endpoint\.$/],
    [['http://a/'], /returned an array as repositoryEndpoint, not a URL string/],
    [42, /returned a number as repositoryEndpoint/],
    [{ url: AWS }, /returned an object as repositoryEndpoint/],
    [`${AWS}${'a'.repeat(200_000)}/`, /is 200\d{3} characters long \(at most 512 are accepted\)/],
    [`${AWS}\nscript-shell=/tmp/x`, /holds a line break \(U\+000A\) at character 77/],
    [`${AWS}\r`, /holds a line break \(U\+000D\)/],
    [`${AWS}\u0085::stop-commands::x`, /holds a line break \(U\+0085\)/],
    [` ${AWS}`, /holds white space \(U\+0020\) at character 1/],
    [`${AWS}\t`, /holds a control character \(U\+0009\)/],
    [`${AWS}\u00e9/`, /holds a character outside printable ASCII \(U\+00E9\)/],
    [
      'HTTPS://ACME.example/npm/r/',
      /is not in its normalized form \(URL parsers read it as "https:\/\/acme\.example\/npm\/r\/"\)/
    ],
    ['https://acme.example/npm/../r/', /is not in its normalized form/],
    ['http://acme.example/npm/r/', /is not an https URL/],
    ['ftp://acme.example/npm/r/', /is not an https URL/],
    ['https://aws:secret@acme.example/npm/r/', /carries user information/],
    ['https://acme.example/npm/r/?x=1', /has a query or a fragment/],
    ['https://acme.example/npm/r/#x', /has a query or a fragment/],
    ['https://a${b}c/npm/r/', /has a host name that is not a DNS name/],
    ['https://acme.example/npm/%GITHUB_TOKEN%/', /has characters in its path/],
    ['https://acme.example/npm/$x/', /has characters in its path/],
    ['https://acme.example/npm/r;x/', /has characters in its path/]
  ])('refuses %j', (endpoint, message) => {
    expect(() => checkRepositoryEndpoint(endpoint, WHERE)).toThrow(message)
    expect(() => checkRepositoryEndpoint(endpoint, WHERE)).toThrow(
      new RegExp(`^${WHERE.replace(/[()]/g, '\\$&')} returned`)
    )
  })

  it('never puts more than a short escaped excerpt of the answer in the message', () => {
    const hostile = `${AWS}\n${'x'.repeat(MAX_ENDPOINT_LENGTH * 100)}`
    let message = ''
    try {
      checkRepositoryEndpoint(hostile, WHERE)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message.length).toBeLessThan(600)
    expect(message).not.toMatch(/[\r\n\u0085]/)
  })
})

describe('checkAuthorizationToken', () => {
  const where = 'GetAuthorizationToken for domain acme'
  it('accepts a printable token', () => {
    expect(checkAuthorizationToken('eyJ2ZXIiOjEs+/=_-.~', where)).toBe('eyJ2ZXIiOjEs+/=_-.~')
  })
  it.each([
    [undefined, /returned no token\.$/],
    [{ token: 'x' }, /returned an object as authorizationToken/],
    ['a'.repeat(8193), /returned a token of 8193 characters \(at most 8192/],
    ['abc\ndef', /holds a line break \(U\+000A\) at character 4/],
    ['abc\u0000', /holds a control character \(U\+0000\)/],
    ['abc def', /holds white space \(U\+0020\)/]
  ])('refuses %j without showing it', (token, message) => {
    let said = ''
    try {
      checkAuthorizationToken(token, where)
    } catch (error) {
      said = (error as Error).message
    }
    expect(said).toMatch(message)
    expect(typeof token === 'string' && said.includes(token)).toBe(false)
  })
})

describe('checkExpiration', () => {
  const where = 'GetAuthorizationToken for domain acme'
  const now = Date.parse('2030-01-01T00:00:00Z')
  it('accepts a time ahead', () => {
    const later = new Date(now + 3600_000)
    expect(checkExpiration(later, where, now)).toBe(later)
  })
  it.each([
    [undefined, /returned no expiration\./],
    [new Date(Number.NaN), /returned a date as expiration, not a time/],
    ['soon', /returned a string as expiration, not a time/],
    [new Date(now - 1000), /returned a token that expired at 2029-12-31T23:59:59\.000Z/]
  ])('refuses %j', (expiration, message) => {
    expect(() => checkExpiration(expiration, where, now)).toThrow(message)
  })
})

describe('quoteForLog', () => {
  it('escapes what is not printable ASCII and cuts long text', () => {
    expect(quoteForLog('a\n\u0085"\\b')).toBe('"a\\u000a\\u0085\\"\\\\b"')
    expect(quoteForLog('x'.repeat(10), 4)).toBe('"xxxx…" (10 characters)')
  })
})
