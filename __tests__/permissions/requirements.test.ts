import { describe, expect, it } from '@jest/globals'
import {
  domainArn,
  packageArn,
  repositoryArn,
  requiredPermissions,
  resourceSetOf,
  type PublishedPackage
} from '../../src/permissions/requirements.js'

const target = { domain: 'acme', domainOwner: '111122223333', repository: 'libs' }

describe('requiredPermissions', () => {
  it('lists the read permissions with the STS context first', () => {
    const permissions = requiredPermissions({
      targets: [target],
      access: 'read',
      partition: 'aws',
      region: 'eu-west-1',
      durationSeconds: 3600
    })
    expect(permissions.map((p) => [p.action, p.resource, p.grantableBy])).toEqual([
      ['sts:GetServiceBearerToken', '*', 'identity-policy'],
      [
        'codeartifact:GetAuthorizationToken',
        'arn:aws:codeartifact:eu-west-1:111122223333:domain/acme',
        'identity-or-resource-policy'
      ],
      [
        'codeartifact:GetRepositoryEndpoint',
        'arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/libs',
        'identity-or-resource-policy'
      ],
      [
        'codeartifact:ReadFromRepository',
        'arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/libs',
        'identity-or-resource-policy'
      ]
    ])
    expect(permissions[0].context).toEqual({
      'sts:AWSServiceName': 'codeartifact.amazonaws.com',
      'sts:DurationSeconds': '3600'
    })
    expect(permissions.slice(1).every((p) => Object.keys(p.context).length === 0)).toBe(true)
  })

  it('leaves sts:DurationSeconds unknown for a session-length (0) or unset duration', () => {
    for (const durationSeconds of [0, undefined]) {
      const [sts] = requiredPermissions({
        targets: [target],
        access: 'read',
        partition: 'aws',
        region: 'eu-west-1',
        durationSeconds
      })
      expect(sts.context).toEqual({ 'sts:AWSServiceName': 'codeartifact.amazonaws.com' })
    }
  })

  it('adds the publish actions per package format (PutPackageMetadata for Maven only), and for every package when formats are unknown', () => {
    const withFormats = requiredPermissions({
      targets: [{ ...target, formats: ['npm', 'maven', 'npm'] }],
      access: 'publish',
      partition: 'aws',
      region: 'us-east-1'
    })
    expect(withFormats.slice(4).map((p) => `${p.action} ${p.resource}`)).toEqual([
      'codeartifact:PublishPackageVersion arn:aws:codeartifact:us-east-1:111122223333:package/acme/libs/npm/*',
      'codeartifact:PublishPackageVersion arn:aws:codeartifact:us-east-1:111122223333:package/acme/libs/maven/*',
      'codeartifact:PutPackageMetadata arn:aws:codeartifact:us-east-1:111122223333:package/acme/libs/maven/*'
    ])
    const anyFormat = requiredPermissions({
      targets: [target],
      access: 'publish',
      partition: 'aws',
      region: 'us-east-1'
    })
    expect(anyFormat.slice(4).map((p) => p.resource)).toEqual([
      'arn:aws:codeartifact:us-east-1:111122223333:package/acme/libs/*',
      'arn:aws:codeartifact:us-east-1:111122223333:package/acme/libs/*'
    ])
  })

  it('checks the bearer token once and each domain once across repositories', () => {
    const permissions = requiredPermissions({
      targets: [target, { ...target, repository: 'tools' }, { ...target, domain: 'other' }],
      access: 'read',
      partition: 'aws',
      region: 'us-east-1'
    })
    const count = (action: string): number => permissions.filter((p) => p.action === action).length
    expect(count('sts:GetServiceBearerToken')).toBe(1)
    expect(count('codeartifact:GetAuthorizationToken')).toBe(2)
    expect(count('codeartifact:ReadFromRepository')).toBe(3)
  })

  it('takes the partition from the caller and the account from the domain owner', () => {
    expect(domainArn('aws-us-gov', 'us-gov-west-1', '222233334444', 'd1')).toBe(
      'arn:aws-us-gov:codeartifact:us-gov-west-1:222233334444:domain/d1'
    )
    expect(repositoryArn('aws-cn', 'cn-north-1', '222233334444', 'd1', 'Repo.1')).toBe(
      'arn:aws-cn:codeartifact:cn-north-1:222233334444:repository/d1/Repo.1'
    )
    expect(packageArn('aws', 'us-east-1', '222233334444', 'd1', 'r1', 'pypi')).toBe(
      'arn:aws:codeartifact:us-east-1:222233334444:package/d1/r1/pypi/*'
    )
  })
})

describe('publish requirements', () => {
  const PACKAGES = 'arn:aws:codeartifact:us-east-1:111122223333:package/acme/libs'

  it('are sets of package ARNs, not the text of their wildcard pattern', () => {
    const [, , , , publish] = requiredPermissions({
      targets: [{ ...target, formats: ['npm'] }],
      access: 'publish',
      partition: 'aws',
      region: 'us-east-1'
    })
    expect(publish).toMatchObject({
      action: 'codeartifact:PublishPackageVersion',
      resource: `${PACKAGES}/npm/*`,
      packages: { kind: 'any', format: 'npm' }
    })
    const set = resourceSetOf(publish)
    expect(set?.pattern).toBe(`${PACKAGES}/npm/*`)
    const members = [`${PACKAGES}/npm/myscope/tiny`, `${PACKAGES}/npm//tiny`]
    const outsiders = [
      `${PACKAGES}/npm/tiny`,
      `${PACKAGES}/npm/a/b/c`,
      `${PACKAGES}/pypi//tiny`,
      `${PACKAGES}/npm/@myscope/tiny`
    ]
    expect(members.map((arn) => set?.language.accepts(arn))).toEqual([true, true])
    expect(outsiders.map((arn) => set?.language.accepts(arn))).toEqual([false, false, false, false])
  })

  it('name the exact packages the workspace publishes, and sets for the other formats', () => {
    const packages: PublishedPackage[] = [
      {
        coordinates: { format: 'npm', namespace: 'myscope', name: 'tiny' },
        displayName: '@myscope/tiny',
        manifest: 'package.json'
      },
      {
        coordinates: { format: 'maven', namespace: 'com.acme', name: 'lib' },
        displayName: 'com.acme:lib',
        manifest: 'pom.xml'
      }
    ]
    const permissions = requiredPermissions({
      targets: [{ ...target, formats: ['npm', 'maven', 'pypi'] }],
      access: 'publish',
      partition: 'aws',
      region: 'us-east-1',
      packages
    })
    expect(permissions.slice(4).map((p) => [p.action, p.resource, p.packages?.kind])).toEqual([
      ['codeartifact:PublishPackageVersion', `${PACKAGES}/npm/myscope/tiny`, 'exact'],
      ['codeartifact:PublishPackageVersion', `${PACKAGES}/maven/com.acme/lib`, 'exact'],
      ['codeartifact:PublishPackageVersion', `${PACKAGES}/pypi/*`, 'any'],
      ['codeartifact:PutPackageMetadata', `${PACKAGES}/maven/com.acme/lib`, 'exact']
    ])
    expect(permissions[4].purpose).toBe('publish @myscope/tiny (package.json) to the repository')
    expect(resourceSetOf(permissions[4])).toBeUndefined()
    // Without formats the job's clients are unknown, and so is which manifest counts.
    const unknownFormats = requiredPermissions({
      targets: [target],
      access: 'publish',
      partition: 'aws',
      region: 'us-east-1',
      packages
    })
    expect(unknownFormats.slice(4).map((p) => p.resource)).toEqual([
      `${PACKAGES}/*`,
      `${PACKAGES}/*`
    ])
  })
})
