import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  GetAccountSummaryCommand,
  GetPolicyCommand,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import * as runner from '../../__fixtures__/runner.js'
import type { Caller } from '../../src/aws/identity.js'
import type { ProvisioningInputs } from '../../src/provisioning/inputs.js'

jest.unstable_mockModule('../../src/runner/index.js', () => runner)
const { runProvisioningStep } = await import('../../src/provisioning/step.js')

const ACCOUNT = '111122223333'
const iam = mockClient(IAMClient)
const caller: Caller = {
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/admin/gha`,
  account: ACCOUNT,
  userId: 'AROAADMIN:gha',
  partition: 'aws',
  principal: { kind: 'assumed-role', roleName: 'admin', sessionName: 'gha' }
}
const notFound = Object.assign(new Error('not found'), { name: 'NoSuchEntityException' })

function roles(): void {
  iam.on(GetRoleCommand).callsFake((input: { RoleName: string }) => ({
    Role: {
      RoleName: input.RoleName,
      Arn: `arn:aws:iam::${ACCOUNT}:role/${input.RoleName}`,
      RoleId: input.RoleName === 'admin' ? 'AROAADMIN' : 'AROABUILD',
      Path: '/',
      CreateDate: new Date()
    }
  }))
}

const step = (inputs: Partial<ProvisioningInputs>, toolsGiven = false) =>
  runProvisioningStep(
    {
      provisioning: {
        policy: 'least-privilege',
        policyPath: '/',
        dryRun: false,
        propagationTimeoutSeconds: 30,
        ...inputs
      },
      access: 'read',
      region: 'us-east-1',
      targets: [{ domain: 'acme', repository: 'libs', tools: toolsGiven ? ['npm'] : 'auto' }],
      toolsInput: 'tools',
      checkOnly: false
    },
    caller,
    [{ domain: 'acme', domainOwner: ACCOUNT, repository: 'libs', tools: ['npm'] }],
    { iam: new IAMClient({ region: 'us-east-1' }), origin: {}, sleep: async () => undefined }
  )

beforeEach(() => {
  iam.reset()
  roles()
  iam.on(GetPolicyCommand).rejects(notFound)
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] })
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: {} })
  iam.on(CreatePolicyCommand).resolves({ Policy: { Arn: 'x' } })
  iam.on(AttachRolePolicyCommand).resolves({})
})

describe('runProvisioningStep', () => {
  it('stops after a dry run, with policy-changed false and no propagation wait', async () => {
    const result = await step({ dryRun: true })
    expect(result.after).toBe('stop')
    expect(result.propagation).toBeUndefined()
    expect(runner.setOutput).toHaveBeenCalledWith(
      'policy-arn',
      `arn:aws:iam::${ACCOUNT}:policy/codeartifact-acme-libs-read`
    )
    expect(runner.setOutput).toHaveBeenCalledWith('policy-changed', 'false')
    expect(iam.commandCalls(CreatePolicyCommand)).toHaveLength(0)
    expect(result.summary).toEqual(expect.objectContaining({ outcome: 'dry run' }))
  })

  it('checks another principal, then stops unless clients are named', async () => {
    const other = await step({ provisionFor: { form: 'name', name: 'build' } })
    expect(other.after).toBe('check-then-stop')
    expect(other.tokenWaits).toBe(false)
    expect(other.propagation).toBeDefined()
    expect(other.checkFor).toMatchObject({
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/build/any-session`,
      userId: 'AROABUILD:any-session'
    })
    expect(runner.setOutput).toHaveBeenCalledWith('policy-changed', 'true')
    const withTools = await step({ provisionFor: { form: 'name', name: 'build' } }, true)
    expect(withTools.after).toBe('continue')
  })

  it("goes on for the caller's own role, and waits for the token only after a change", async () => {
    const changed = await step({})
    expect(changed).toMatchObject({ after: 'continue', tokenWaits: true, checkFor: caller })
    const noWait = await step({ propagationTimeoutSeconds: 0 })
    expect(noWait.propagation).toBeUndefined()
    expect(noWait.tokenWaits).toBe(false)
  })
})
