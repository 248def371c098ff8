import { describe, expect, it } from '@jest/globals'
import {
  DESCRIPTION_MARKER,
  MANAGED_POLICY_SIZE_LIMIT,
  defaultPolicyName,
  desiredPolicy,
  policySize,
  tagValue,
  type DesiredPolicy,
  type DesiredPolicyParameters
} from '../../src/provisioning/desired.js'
import { ProvisioningError } from '../../src/provisioning/error.js'
import {
  describeCall,
  planProvisioning,
  sameDocument,
  type ExistingPolicy,
  type IamState
} from '../../src/provisioning/plan.js'
import type { ProvisionedPrincipal } from '../../src/provisioning/principal.js'

const ACCOUNT = '111122223333'
const parameters: DesiredPolicyParameters = {
  policy: 'least-privilege',
  targets: [{ domain: 'acme', domainOwner: ACCOUNT, repository: 'libs' }],
  access: 'read',
  partition: 'aws',
  account: ACCOUNT,
  region: 'eu-west-1',
  policyPath: '/',
  origin: {
    repository: 'octo/widgets',
    workflow: 'Build (main)',
    runUrl: 'https://github.com/octo/widgets/actions/runs/42'
  }
}
const role: ProvisionedPrincipal = {
  kind: 'role',
  name: 'build',
  arn: `arn:aws:iam::${ACCOUNT}:role/build`,
  id: 'AROABUILD',
  isCaller: true
}
const state = (overrides: Partial<IamState> = {}): IamState => ({
  attached: [],
  attachQuota: { limit: 10, source: 'account-summary' },
  ...overrides
})
const customer = (overrides: Partial<DesiredPolicyParameters> = {}) =>
  desiredPolicy({ ...parameters, ...overrides }) as Extract<
    DesiredPolicy,
    { kind: 'customer-managed' }
  >
function existing(desired: DesiredPolicy, overrides: Partial<ExistingPolicy> = {}): ExistingPolicy {
  return {
    arn: desired.arn,
    description: `${DESCRIPTION_MARKER}: …`,
    tags: [],
    defaultVersionId: 'v1',
    document: desired.kind === 'customer-managed' ? desired.document : undefined,
    versions: [{ versionId: 'v1', isDefault: true, createDate: new Date('2026-01-01') }],
    ...overrides
  }
}

describe('the least-privilege document', () => {
  it('grants the bearer token with its service-name condition, the token on the domain, and read on the repository', () => {
    const policy = customer()
    expect(policy.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CodeArtifactBearerToken',
          Effect: 'Allow',
          Action: 'sts:GetServiceBearerToken',
          Resource: '*',
          Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
        },
        {
          Sid: 'CodeArtifactToken',
          Effect: 'Allow',
          Action: 'codeartifact:GetAuthorizationToken',
          Resource: `arn:aws:codeartifact:eu-west-1:${ACCOUNT}:domain/acme`
        },
        {
          Sid: 'CodeArtifactRead',
          Effect: 'Allow',
          Action: ['codeartifact:GetRepositoryEndpoint', 'codeartifact:ReadFromRepository'],
          Resource: `arn:aws:codeartifact:eu-west-1:${ACCOUNT}:repository/acme/libs`
        }
      ]
    })
    expect(JSON.parse(policy.documentText)).toEqual(policy.document)
    expect(policy.arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/codeartifact-acme-libs-read`)
  })

  it('adds the publish actions on the packages, the token cap, and takes the partition from the caller', () => {
    const policy = customer({
      access: 'publish',
      partition: 'aws-cn',
      maxTokenDurationSeconds: 3600,
      policyPath: '/ca/',
      policyName: 'mine'
    })
    const statements = policy.document.Statement
    expect(statements[0].Condition).toEqual({
      StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' },
      NumericLessThanEquals: { 'sts:DurationSeconds': '3600' }
    })
    expect(statements.at(-1)).toEqual({
      Sid: 'CodeArtifactPublish',
      Effect: 'Allow',
      Action: ['codeartifact:PublishPackageVersion', 'codeartifact:PutPackageMetadata'],
      Resource: `arn:aws-cn:codeartifact:eu-west-1:${ACCOUNT}:package/acme/libs/*`
    })
    expect(statements[1].Resource).toBe(`arn:aws-cn:codeartifact:eu-west-1:${ACCOUNT}:domain/acme`)
    expect(policy.arn).toBe(`arn:aws-cn:iam::${ACCOUNT}:policy/ca/mine`)
  })

  it('tags the policy with the repository, workflow and run, in characters IAM allows', () => {
    expect(customer().tags).toEqual([
      { Key: 'codeartifact-setup:managed-by', Value: 'codeartifact-setup' },
      { Key: 'codeartifact-setup:repository', Value: 'octo/widgets' },
      { Key: 'codeartifact-setup:workflow', Value: 'Build _main_' },
      { Key: 'codeartifact-setup:run', Value: 'https://github.com/octo/widgets/actions/runs/42' }
    ])
    expect(customer().description).toBe(
      `${DESCRIPTION_MARKER}: least-privilege CodeArtifact read access to acme/libs. Created by octo/widgets, workflow Build (main).`
    )
    expect(tagValue('ci ✓ "x"')).toBe('ci _ _x_')
    expect(customer({ origin: {} }).tags).toEqual([
      { Key: 'codeartifact-setup:managed-by', Value: 'codeartifact-setup' }
    ])
  })

  it('refuses a document over the 6,144-character quota before any call', () => {
    const targets = Array.from({ length: 80 }, (_, i) => ({
      domain: 'acme',
      domainOwner: ACCOUNT,
      repository: `repository-number-${i}`
    }))
    expect(() => customer({ targets })).toThrow(ProvisioningError)
    expect(() => customer({ targets })).toThrow(
      /would be \d+ characters, over IAM's managed-policy quota of 6144 \(whitespace not counted\)/
    )
    expect(policySize(customer().document)).toBeLessThan(MANAGED_POLICY_SIZE_LIMIT)
    expect(policySize(customer().document)).toBe(JSON.stringify(customer().document).length)
  })

  it('derives a valid default name, hashed when long', () => {
    expect(defaultPolicyName(parameters.targets, 'publish')).toBe('codeartifact-acme-libs-publish')
    const many = Array.from({ length: 9 }, (_, i) => ({
      domain: 'acme-domain',
      domainOwner: ACCOUNT,
      repository: `libraries-${i}`
    }))
    const name = defaultPolicyName(many, 'read')
    expect(name.length).toBeLessThanOrEqual(128)
    expect(name).toMatch(/^codeartifact-acme-domain-libraries-0\+.*-[0-9a-f]{10}-read$/)
    expect(defaultPolicyName(many, 'read')).toBe(name)
  })

  it('names the AWS managed policies in the caller partition', () => {
    expect(desiredPolicy({ ...parameters, policy: 'admin-managed' })).toEqual({
      kind: 'aws-managed',
      name: 'AWSCodeArtifactAdminAccess',
      arn: 'arn:aws:iam::aws:policy/AWSCodeArtifactAdminAccess'
    })
    expect(
      desiredPolicy({ ...parameters, policy: 'read-only-managed', partition: 'aws-cn' }).arn
    ).toBe('arn:aws-cn:iam::aws:policy/AWSCodeArtifactReadOnlyAccess')
  })
})

describe('planProvisioning', () => {
  it('creates and attaches a policy that does not exist', () => {
    const desired = customer()
    const plan = planProvisioning(desired, role, state())
    expect(plan.calls.map((planned) => planned.call)).toEqual([
      {
        operation: 'CreatePolicy',
        input: {
          PolicyName: 'codeartifact-acme-libs-read',
          Path: '/',
          PolicyDocument: desired.documentText,
          Description: desired.description,
          Tags: desired.tags
        }
      },
      { operation: 'AttachRolePolicy', input: { RoleName: 'build', PolicyArn: desired.arn } }
    ])
    expect(describeCall(plan.calls[1])).toBe(
      `iam:AttachRolePolicy RoleName=build, PolicyArn=${desired.arn} — attach it to role build (0 of 10 managed policies attached)`
    )
  })

  it('plans nothing when the document is the default version and the policy is attached', () => {
    const desired = customer()
    // Key order and IAM's URL-decoded copy do not matter.
    const stored = JSON.parse(
      JSON.stringify({ Statement: desired.document.Statement, Version: '2012-10-17' })
    )
    const plan = planProvisioning(
      desired,
      role,
      state({ policy: existing(desired, { document: stored }), attached: [desired.arn] })
    )
    expect(plan.calls).toEqual([])
    expect(plan.findings.join('\n')).toContain('its default version v1 holds this document')
  })

  it('adds a default version for a new document, after deleting the oldest non-default when five exist', () => {
    const desired = customer({ maxTokenDurationSeconds: 900 })
    const old = customer().document
    const versions = [
      { versionId: 'v7', isDefault: false, createDate: new Date('2026-01-07') },
      { versionId: 'v3', isDefault: true, createDate: new Date('2026-01-03') },
      { versionId: 'v4', isDefault: false, createDate: new Date('2026-01-04') },
      { versionId: 'v9', isDefault: false, createDate: new Date('2026-01-09') },
      { versionId: 'v8', isDefault: false, createDate: new Date('2026-01-08') }
    ]
    const plan = planProvisioning(
      desired,
      role,
      state({
        policy: existing(desired, { document: old, versions, defaultVersionId: 'v3' }),
        attached: [desired.arn]
      })
    )
    expect(plan.calls.map((planned) => planned.call)).toEqual([
      { operation: 'DeletePolicyVersion', input: { PolicyArn: desired.arn, VersionId: 'v4' } },
      {
        operation: 'CreatePolicyVersion',
        input: { PolicyArn: desired.arn, PolicyDocument: desired.documentText, SetAsDefault: true }
      }
    ])
    const four = planProvisioning(
      desired,
      role,
      state({
        policy: existing(desired, { document: old, versions: versions.slice(0, 4) }),
        attached: [desired.arn]
      })
    )
    expect(four.calls.map((planned) => planned.call.operation)).toEqual(['CreatePolicyVersion'])
  })

  it('never changes a policy of that name that the action did not make', () => {
    const desired = customer()
    expect(() =>
      planProvisioning(
        desired,
        role,
        state({ policy: existing(desired, { description: 'hand-made', document: {} }) })
      )
    ).toThrow(/was not created by this action .* choose another policy-name, or delete that policy/)
    // The tag alone also marks it.
    const tagged = existing(desired, {
      description: undefined,
      tags: [{ Key: 'codeartifact-setup:managed-by', Value: 'codeartifact-setup' }]
    })
    expect(planProvisioning(desired, role, state({ policy: tagged })).calls).toHaveLength(1)
  })

  it('checks the attach quota before creating anything', () => {
    const attached = Array.from({ length: 10 }, (_, i) => `arn:aws:iam::${ACCOUNT}:policy/p${i}`)
    expect(() =>
      planProvisioning(
        customer(),
        role,
        state({ attached, attachQuota: { limit: 10, source: 'default' } })
      )
    ).toThrow(
      `role arn:aws:iam::${ACCOUNT}:role/build already has 10 managed policies attached, and the account's quota is 10 (IAM's default; iam:GetAccountSummary was not permitted to read the account's own)`
    )
    expect(
      planProvisioning(
        customer(),
        role,
        state({ attached, attachQuota: { limit: 20, source: 'account-summary' } })
      ).calls
    ).toHaveLength(2)
  })

  it('only attaches an AWS managed policy, to a user with AttachUserPolicy', () => {
    const desired = desiredPolicy({ ...parameters, policy: 'admin-managed' })
    const user: ProvisionedPrincipal = {
      kind: 'user',
      name: 'dev',
      arn: `arn:aws:iam::${ACCOUNT}:user/dev`,
      isCaller: false
    }
    expect(planProvisioning(desired, user, state()).calls.map((planned) => planned.call)).toEqual([
      { operation: 'AttachUserPolicy', input: { UserName: 'dev', PolicyArn: desired.arn } }
    ])
    expect(planProvisioning(desired, user, state({ attached: [desired.arn] })).calls).toEqual([])
  })

  it('compares documents by content', () => {
    expect(sameDocument({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true
    )
    expect(sameDocument({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
  })
})
