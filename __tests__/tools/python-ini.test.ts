import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { configParserEntries, parsePythonIni, pythonIniValue } from '../../src/tools/python-ini.js'

/** What Python's own configparser (RawConfigParser, as pip and twine use) reads. */
function pythonReads(text: string): Record<string, Record<string, string>> {
  const script = [
    'import configparser, json, sys',
    'p = configparser.RawConfigParser()',
    'p.read_string(sys.stdin.read())',
    'print(json.dumps({s: dict(p.items(s)) for s in p.sections()}))'
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }))
}

const SAMPLES = {
  'pip.conf with a continued list and comments': [
    '# site settings',
    '[global]',
    'timeout = 60',
    'extra-index-url =',
    '    https://a.example/simple/',
    '    # a comment inside the list',
    '    https://b.example/simple/',
    '',
    '[install]',
    'Trusted-Host: a.example',
    ''
  ].join('\n'),
  '.pypirc as the AWS CLI writes it': [
    '[distutils]',
    'index-servers=',
    '    pypi',
    '    codeartifact',
    '',
    '[codeartifact]',
    'repository: https://d-1.d.codeartifact.us-east-1.amazonaws.com/pypi/r/',
    'username: aws',
    'password: tok;en#with=odd:chars',
    ''
  ].join('\n'),
  'CRLF line ends and values with = and ;': '[global]\r\nindex-url = https://u:p=q@h/simple/;x\r\n'
}

describe('tools/python-ini.ts', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`reads ${name} as Python's configparser does`, () => {
      const expected = pythonReads(text)
      const parsed = parsePythonIni(text)
      expect(Object.keys(parsed)).toEqual(Object.keys(expected))
      for (const [section, values] of Object.entries(expected)) {
        expect(parsed[section]).toEqual(values)
      }
    })
  }

  it('looks values up case-insensitively by key', () => {
    expect(
      pythonIniValue(
        SAMPLES['pip.conf with a continued list and comments'],
        'install',
        'trusted-host'
      )
    ).toBe('a.example')
    expect(pythonIniValue('[global]\n', 'global', 'x')).toBeUndefined()
  })

  it('gives line ranges for options that continue over several lines', () => {
    const entries = configParserEntries(SAMPLES['.pypirc as the AWS CLI writes it'])
    expect(entries[0]).toEqual({ kind: 'section', name: 'distutils', first: 0, last: 0 })
    expect(entries[1]).toEqual({
      kind: 'option',
      key: 'index-servers',
      value: '\npypi\ncodeartifact',
      first: 1,
      last: 3
    })
  })
})
