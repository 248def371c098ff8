import { beforeEach, describe, expect, it } from '@jest/globals'
import { IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import { decisionForResource, simulatePrincipalPolicy } from '../../src/permissions/simulation.js'

const iam = mockClient(IAMClient)
const client = new IAMClient({ region: 'us-east-1' })
const ROLE = 'arn:aws:iam::111122223333:role/ci'
const DOMAIN = 'arn:aws:codeartifact:us-east-1:111122223333:domain/acme'
const STS = {
  action: 'sts:GetServiceBearerToken',
  resource: '*',
  context: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com', 'sts:DurationSeconds': '900' }
}
const TOKEN = { action: 'codeartifact:GetAuthorizationToken', resource: DOMAIN, context: {} }

beforeEach(() => {
  iam.reset()
})

describe('decisionForResource', () => {
  it('reads the post-2026-07-30 shape from ResourceSpecificResults', () => {
    const result = decisionForResource(
      {
        EvalActionName: 'codeartifact:GetAuthorizationToken',
        EvalResourceName: 'arn:${Partition}:codeartifact:${Region}:${Account}:domain/${DomainName}',
        EvalDecision: 'implicitDeny',
        ResourceSpecificResults: [
          {
            EvalResourceName: DOMAIN,
            EvalResourceDecision: 'explicitDeny',
            MatchedStatements: [
              {
                SourcePolicyId: 'guard',
                SourcePolicyType: 'role',
                StartPosition: { Line: 4, Column: 7 }
              }
            ]
          }
        ]
      },
      DOMAIN
    )
    expect(result).toEqual({
      decision: 'explicit-deny',
      matchedStatements: [{ policy: 'guard', policyType: 'role', line: 4, column: 7 }],
      missingContextKeys: []
    })
  })

  it('reads the older shape from the top level, and missing context as indeterminate', () => {
    expect(
      decisionForResource(
        {
          EvalActionName: 'sts:GetServiceBearerToken',
          EvalResourceName: '*',
          EvalDecision: 'implicitDeny',
          MissingContextValues: ['aws:SourceIp'],
          PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true }
        },
        '*'
      )
    ).toEqual({
      decision: 'indeterminate',
      matchedStatements: [],
      missingContextKeys: ['aws:SourceIp'],
      allowedByPermissionsBoundary: true
    })
  })
})

describe('simulatePrincipalPolicy', () => {
  it('asks once per resource and context, with typed context entries, and aligns the answers', async () => {
    iam.on(SimulatePrincipalPolicyCommand).callsFake((input) => ({
      IsTruncated: false,
      EvaluationResults: input.ActionNames.map((action: string) => ({
        EvalActionName: action,
        EvalResourceName: input.ResourceArns[0],
        EvalDecision: action.startsWith('sts:') ? 'allowed' : 'implicitDeny'
      }))
    }))
    const outcome = await simulatePrincipalPolicy(client, ROLE, [STS, TOKEN])
    expect(outcome).toEqual({
      available: true,
      decisions: [
        { decision: 'allowed', matchedStatements: [], missingContextKeys: [] },
        { decision: 'implicit-deny', matchedStatements: [], missingContextKeys: [] }
      ]
    })
    const calls = iam.commandCalls(SimulatePrincipalPolicyCommand).map((call) => call.args[0].input)
    expect(calls).toHaveLength(2)
    expect(calls[0]).toMatchObject({
      PolicySourceArn: ROLE,
      ActionNames: ['sts:GetServiceBearerToken'],
      ResourceArns: ['*'],
      ContextEntries: [
        {
          ContextKeyName: 'sts:AWSServiceName',
          ContextKeyValues: ['codeartifact.amazonaws.com'],
          ContextKeyType: 'string'
        },
        {
          ContextKeyName: 'sts:DurationSeconds',
          ContextKeyValues: ['900'],
          ContextKeyType: 'numeric'
        }
      ]
    })
  })

  it('follows Marker until IsTruncated is false', async () => {
    iam
      .on(SimulatePrincipalPolicyCommand, { Marker: undefined })
      .resolves({ IsTruncated: true, Marker: 'm1', EvaluationResults: [] })
      .on(SimulatePrincipalPolicyCommand, { Marker: 'm1' })
      .resolves({
        IsTruncated: false,
        EvaluationResults: [
          {
            EvalActionName: 'codeartifact:GetAuthorizationToken',
            EvalResourceName: DOMAIN,
            EvalDecision: 'allowed'
          }
        ]
      })
    const outcome = await simulatePrincipalPolicy(client, ROLE, [TOKEN])
    expect(outcome.available && outcome.decisions[0].decision).toBe('allowed')
    expect(iam.commandCalls(SimulatePrincipalPolicyCommand)).toHaveLength(2)
  })

  it('reports AccessDenied and other failures as unavailable', async () => {
    iam.on(SimulatePrincipalPolicyCommand).rejects(
      Object.assign(
        new Error('User: x is not authorized to perform: iam:SimulatePrincipalPolicy'),
        {
          name: 'AccessDenied',
          $metadata: { httpStatusCode: 403 }
        }
      )
    )
    expect(await simulatePrincipalPolicy(client, ROLE, [TOKEN])).toEqual({
      available: false,
      failure: {
        kind: 'error',
        accessDenied: true,
        error: 'AccessDenied: User: x is not authorized to perform: iam:SimulatePrincipalPolicy',
        httpStatus: 403
      }
    })
    iam.reset()
    iam
      .on(SimulatePrincipalPolicyCommand)
      .rejects(
        Object.assign(new Error('Deserialization error'), { $metadata: { httpStatusCode: 500 } })
      )
    const failed = await simulatePrincipalPolicy(client, ROLE, [TOKEN])
    expect(failed).toMatchObject({ available: false, failure: { accessDenied: false } })
  })

  it('is unavailable when an action has no result', async () => {
    iam.on(SimulatePrincipalPolicyCommand).resolves({ IsTruncated: false, EvaluationResults: [] })
    expect(await simulatePrincipalPolicy(client, ROLE, [TOKEN])).toMatchObject({
      available: false,
      failure: { kind: 'no-result', action: TOKEN.action }
    })
  })
})
