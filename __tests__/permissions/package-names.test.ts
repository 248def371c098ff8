import { describe, expect, it } from '@jest/globals'
import {
  describePackagePattern,
  exactPackageArn,
  packageCoordinates,
  packageSetLanguage,
  type DeclaredPackage
} from '../../src/permissions/package-names.js'

const REPOSITORY = {
  partition: 'aws',
  region: 'us-east-1',
  owner: '123456789012',
  domain: 'acme',
  repository: 'shared'
}
const PACKAGES = 'arn:aws:codeartifact:us-east-1:123456789012:package/acme/shared'

describe('packageCoordinates', () => {
  it.each<[string, DeclaredPackage, unknown]>([
    [
      'an npm scope, without its @',
      { format: 'npm', name: '@myscope/tiny' },
      { format: 'npm', namespace: 'myscope', name: 'tiny' }
    ],
    [
      'an unscoped npm package',
      { format: 'npm', name: 'left-pad' },
      { format: 'npm', name: 'left-pad' }
    ],
    [
      'a Python name, normalised as PEP 503 and CodeArtifact do',
      { format: 'pypi', name: 'Pigeon_CLI..Tools' },
      { format: 'pypi', name: 'pigeon-cli-tools' }
    ],
    [
      'a Maven groupId as namespace',
      { format: 'maven', group: 'com.Acme', name: 'Lib_core' },
      { format: 'maven', namespace: 'com.Acme', name: 'Lib_core' }
    ],
    [
      'a NuGet ID, lowercased',
      { format: 'nuget', name: 'Newtonsoft.JSON' },
      { format: 'nuget', name: 'newtonsoft.json' }
    ],
    [
      'a crate, as written',
      { format: 'cargo', name: 'My_Crate' },
      { format: 'cargo', name: 'My_Crate' }
    ],
    [
      'a gem, as written',
      { format: 'ruby', name: 'Rails-ish' },
      { format: 'ruby', name: 'Rails-ish' }
    ],
    [
      'a Swift package, lowercased',
      { format: 'swift', group: 'MyScope', name: 'MyPackage' },
      { format: 'swift', namespace: 'myscope', name: 'mypackage' }
    ]
  ])('takes %s', (_label, declared, expected) => {
    expect(packageCoordinates(declared)).toEqual(expected)
  })

  it.each<[string, DeclaredPackage]>([
    ['an npm scope without a name', { format: 'npm', name: '@myscope' }],
    ['an npm name with a path', { format: 'npm', name: 'a/b' }],
    ['an uppercase npm name (npm refuses new ones)', { format: 'npm', name: 'LeftPad' }],
    ['a Maven artifact without groupId', { format: 'maven', name: 'lib' }],
    ['a name with a space', { format: 'cargo', name: 'my crate' }],
    ['an empty name', { format: 'pypi', name: '   ' }],
    ['an over-long name', { format: 'ruby', name: 'x'.repeat(256) }]
  ])('refuses %s', (_label, declared) => {
    expect(packageCoordinates(declared)).toEqual({ invalid: expect.any(String) })
  })
})

describe('package ARNs', () => {
  it('writes an empty namespace for a package without one', () => {
    expect(exactPackageArn(REPOSITORY, { format: 'npm', name: 'tiny' })).toBe(
      `${PACKAGES}/npm//tiny`
    )
    expect(
      exactPackageArn(REPOSITORY, { format: 'maven', namespace: 'com.acme', name: 'lib' })
    ).toBe(`${PACKAGES}/maven/com.acme/lib`)
  })

  it('knows which ARNs a format can have', () => {
    const accepts = (format: Parameters<typeof packageSetLanguage>[1], tail: string): boolean =>
      packageSetLanguage(REPOSITORY, format).accepts(`${PACKAGES}/${tail}`)
    expect(accepts('npm', 'npm//tiny')).toBe(true)
    expect(accepts('npm', 'npm/scope/tiny')).toBe(true)
    expect(accepts('npm', 'npm/scope/')).toBe(false)
    expect(accepts('maven', 'maven//lib')).toBe(false)
    expect(accepts('maven', 'maven/com.acme/lib')).toBe(true)
    expect(accepts('pypi', 'pypi/x/requests')).toBe(false)
    expect(accepts('pypi', 'pypi//Requests')).toBe(false)
    expect(accepts('pypi', 'pypi//requests')).toBe(true)
    expect(accepts(undefined, 'cargo//serde')).toBe(true)
    expect(accepts(undefined, 'generic/ns/file')).toBe(false)
  })

  it.each([
    [`${PACKAGES}/npm/myscope/*`, { format: 'npm', packages: '@myscope/*' }],
    [`${PACKAGES}/npm//tiny`, { format: 'npm', packages: 'tiny' }],
    [`${PACKAGES}/maven/com.acme/*`, { format: 'maven', packages: 'com.acme:*' }],
    [`${PACKAGES}/npm/*`, { format: 'npm', packages: '*' }],
    [`${PACKAGES}/npm/other`, undefined],
    ['arn:aws:codeartifact:us-east-1:123456789012:repository/acme/shared', undefined]
  ])('describes %s in package terms', (pattern, expected) => {
    expect(describePackagePattern(pattern)).toEqual(expected)
  })
})
