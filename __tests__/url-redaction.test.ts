import { describe, expect, it } from '@jest/globals'
import { urlForLog, urlSecrets } from '../src/url-redaction.js'

describe('urlForLog', () => {
  it.each([
    ['https://FURYSECRET7x9q@pypi.fury.io/acme/', 'https://pypi.fury.io'],
    ['https://ci-bot:NPMPASSWORD42@npm.corp.example/', 'https://npm.corp.example'],
    ['https://dl.cloudsmith.io/CLOUDSMITHSECRET5v1/org/repo/', 'https://dl.cloudsmith.io'],
    ['http://127.0.0.1:8080/simple/?token=abc#x', 'http://127.0.0.1:8080'],
    ['  https://a.example/x  ', 'https://a.example'],
    ['https://u:p@[bad/', 'https://…'],
    ['not a url', '(a value that is not a URL)']
  ])('%s → %s', (raw, shown) => {
    expect(urlForLog(raw)).toBe(shown)
  })
})

describe('urlSecrets', () => {
  it.each([
    ['https://FURYSECRET7x9q@pypi.fury.io/acme/', ['FURYSECRET7x9q']],
    ['https://PATSECRET3k2m@pkgs.dev.azure.com/org/_packaging/feed/', ['PATSECRET3k2m']],
    ['https://dl.cloudsmith.io/CLOUDSMITHSECRET5v1/org/repo/', ['CLOUDSMITHSECRET5v1']],
    ['https://ci-bot:NPMPASSWORD42@npm.corp.example/', ['NPMPASSWORD42', 'ci-bot']],
    ['https://aws:tok%2Ben%3D1234@host.example/', ['tok%2Ben%3D1234', 'tok+en=1234']],
    ['https://__token__:pypi-AgEIcHlwaS5vcmc@upload.pypi.org/', ['pypi-AgEIcHlwaS5vcmc']],
    ['https://host.example/simple/?token=abcdef12', ['abcdef12']],
    ['https://pypi.org/simple/', []],
    ['https://host.example/my-python-repo/simple/', []],
    ['https://u:pw@host.example/', []],
    ['not a url', []]
  ])('%s', (raw, secrets) => {
    expect(urlSecrets(raw)).toEqual(secrets)
  })
})
