/**
 * The README's own examples, run through the bundled action on enforcing IAM: the provisioning
 * scenario ("Provisioning the permission") grants a role, then the basic consumer example
 * ("Usage") runs as that role. They must work together; with the lifetime cap the README
 * mentions (`max-token-duration`), the consumer must fail with the fix as its first line.
 * Every other scenario's step, as its `with:` stands, runs healthy (no denied call, no warning)
 * as a role with exactly the README's policies for it, and sets the outputs the README names.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import {
  ACCOUNT,
  startLocalAws,
  type CreatedPrincipal,
  type JobPrincipal,
  type LocalAws
} from '../harness/local-aws-env.mjs'
import { REPO_ROOT, createJob, runMain, type StepResult } from '../harness/action-runner.js'

const README = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')

/** The `with:` inputs of the codeartifact-setup step in the first YAML block after `heading`. */
function exampleInputs(heading: string): Record<string, string> {
  const start = README.indexOf(heading)
  if (start === -1) throw new Error(`README.md has no "${heading}"`)
  const block = /```yaml\n([\s\S]*?)```/.exec(README.slice(start))?.[1]
  if (!block) throw new Error(`no YAML block after "${heading}"`)
  const workflow = parse(block) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
  }
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((candidate) => candidate.uses?.includes('/codeartifact-setup@'))
  if (!step?.with) throw new Error(`no codeartifact-setup step after "${heading}"`)
  return Object.fromEntries(Object.entries(step.with).map(([name, value]) => [name, String(value)]))
}

const CONSUMER = exampleInputs('## Usage')
const PROVISIONING = exampleInputs('### Provisioning the permission (privileged)')

let aws: LocalAws
let provisioner: CreatedPrincipal

/** The other account of the "Several repositories in one step" scenario. */
const SHARED_OWNER = '444455556666'

beforeAll(async () => {
  aws = await startLocalAws({
    domains: {
      'my-domain': { owner: ACCOUNT, repositories: ['my-repo', 'npm-store'] },
      // A domain in another account: its domain policy lets the job's account in (README,
      // Permissions: "both sides must allow the request").
      'shared-domain': {
        owner: SHARED_OWNER,
        repositories: ['python-store'],
        domainPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'ConsumersOfTheJobAccount',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
              Action: [
                'codeartifact:GetAuthorizationToken',
                'codeartifact:GetRepositoryEndpoint',
                'codeartifact:ReadFromRepository'
              ],
              Resource: '*'
            }
          ]
        }
      }
    }
  })
  // The README's provisioning job runs as an IAM administrator role.
  provisioner = await aws.principal({
    name: 'iam-provisioner',
    policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
  })
}, 60_000)

afterAll(async () => {
  await aws?.stop()
})

/** A role with no CodeArtifact rights yet (the one the provisioning job is started for). */
function unprovisionedRole(name: string): Promise<CreatedPrincipal> {
  return aws.principal({
    name,
    policy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }]
    }
  })
}

async function run(who: CreatedPrincipal, inputs: Record<string, string>): Promise<StepResult> {
  return runMain(createJob(who.env), inputs)
}

function firstErrorLine(step: StepResult): string {
  const line = step.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return decodeURIComponent(line.slice('::error::'.length)).split('\n')[0]
}

/** The provisioning example's inputs, as its workflow_dispatch would fill them. */
function provisioningFor(role: CreatedPrincipal, extra: Record<string, string> = {}) {
  return {
    ...PROVISIONING,
    'provision-for': role.arn,
    'dry-run': 'false',
    ...extra
  }
}

describe("the README's provisioning example, then its consumer example", () => {
  it('work together: the consumer gets its token with no denied call', async () => {
    expect(PROVISIONING['provision-for']).toBe('${{ inputs.role-arn }}')
    expect(CONSUMER).toEqual({ domain: 'my-domain', repository: 'my-repo', tools: 'npm' })
    const consumer = await unprovisionedRole('ci-consumer')
    const provisioned = await run(provisioner, provisioningFor(consumer))
    expect({ code: provisioned.code, error: firstErrorLine(provisioned) }).toEqual({
      code: 0,
      error: ''
    })
    expect(provisioned.outputs['policy-changed']).toBe('true')

    const used = await run(consumer, CONSUMER)
    expect({ code: used.code, error: firstErrorLine(used) }).toEqual({ code: 0, error: '' })
    expect(used.outputs.token).toBe(aws.emulator.tokenFor('my-domain'))
    expect(aws.deniedCalls(consumer.env)).toEqual([])
    expect(used.stdout).not.toContain('::warning::')
  })

  it('with max-token-duration, provisioning says what consumers must set, and a consumer that does not gets that fix as the first line', async () => {
    const consumer = await unprovisionedRole('ci-capped')
    const provisioned = await run(
      provisioner,
      provisioningFor(consumer, {
        'max-token-duration': '3600',
        'policy-name': 'codeartifact-my-domain-my-repo-capped'
      })
    )
    expect(provisioned.code).toBe(0)
    const note = `every job that runs as ${consumer.arn} must set duration-seconds to a value from 900 to 3600`
    expect(provisioned.stdout).toContain(note)
    expect(provisioned.summary).toContain(note)

    const used = await run(consumer, CONSUMER)
    expect(used.code).toBe(1)
    expect(firstErrorLine(used)).toMatch(
      /^Set duration-seconds to a token lifetime the role's policy allows, for example 900/
    )
    const fixed = await run(consumer, { ...CONSUMER, 'duration-seconds': '3600' })
    expect({ code: fixed.code, error: firstErrorLine(fixed) }).toEqual({ code: 0, error: '' })
  })
})

/** The README's (my-domain / my-repo) example targets, in this world's account. */
const MY_REPO = [{ domain: 'my-domain', domainOwner: ACCOUNT, repository: 'my-repo' }]

/** Runs a scenario's step as a new role with `role`'s README policies; it must be healthy. */
async function healthyRun(role: JobPrincipal, inputs: Record<string, string>) {
  const who = await aws.principal(role)
  const step = await run(who, inputs)
  const annotations = step.stdout.match(/^::(warning|error)[^:]*::.*/gm) ?? []
  expect({ code: step.code, annotations, denied: aws.deniedCalls(who.env) }).toEqual({
    code: 0,
    annotations: [],
    denied: []
  })
  return step
}

describe("every other scenario of the README, as its with: stands, on the README's policies", () => {
  it('A publisher: the publisher policy; the token and the npm registry as outputs', async () => {
    const inputs = exampleInputs('### A publisher')
    expect(inputs).toEqual({ ...CONSUMER, access: 'publish' })
    const step = await healthyRun({ access: 'publish', targets: MY_REPO }, inputs)
    expect(step.outputs).toMatchObject({
      token: aws.emulator.tokenFor('my-domain'),
      permissions: 'allowed',
      'missing-permissions': '',
      'npm-registry-url': aws.emulator.endpointFor('my-domain', 'my-repo', 'npm'),
      'account-id': ACCOUNT
    })
    expect(step.outputs.expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(step.exportedEnv.CODEARTIFACT_AUTH_TOKEN).toBe(aws.emulator.tokenFor('my-domain'))
  })

  it('A gate on pull requests: the publisher policy and CodeArtifactSetupCheck; no token', async () => {
    const inputs = exampleInputs('### A gate on pull requests')
    expect(inputs['check-only']).toBe('true')
    const step = await healthyRun({ access: 'publish', iamRead: true, targets: MY_REPO }, inputs)
    expect(step.outputs.permissions).toBe('allowed')
    expect(step.outputs['missing-permissions']).toBe('')
    expect(step.outputs.token).toBeUndefined()
    expect(step.exportedEnv).toEqual({})
  })

  it('A matrix over clients: each row, on the consumer policy', async () => {
    const inputs = exampleInputs('### A matrix over clients')
    expect(inputs.tools).toBe('${{ matrix.tool }}')
    const npm = await healthyRun({ targets: MY_REPO }, { ...inputs, tools: 'npm' })
    expect(npm.outputs['npm-registry-url']).toBe(
      aws.emulator.endpointFor('my-domain', 'my-repo', 'npm')
    )
    const pip = await healthyRun({ targets: MY_REPO }, { ...inputs, tools: 'pip' })
    expect(pip.outputs['pip-index-url']).toBe(
      `${aws.emulator.endpointFor('my-domain', 'my-repo', 'pypi')}simple/`
    )
  })

  it('Several repositories in one step: a domain of another account, one token per domain', async () => {
    const inputs = exampleInputs('### Several repositories in one step')
    const targets = [
      { domain: 'my-domain', domainOwner: ACCOUNT, repository: 'npm-store' },
      { domain: 'shared-domain', domainOwner: SHARED_OWNER, repository: 'python-store' }
    ]
    const step = await healthyRun({ targets }, inputs)
    expect(step.exportedEnv).toMatchObject({
      CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN: aws.emulator.tokenFor('my-domain'),
      CODEARTIFACT_AUTH_TOKEN_SHARED_DOMAIN: aws.emulator.tokenFor('shared-domain'),
      CODEARTIFACT_AUTH_TOKEN: aws.emulator.tokenFor('my-domain')
    })
    expect(step.outputs['npm-registry-url']).toBe(
      aws.emulator.endpointFor('my-domain', 'npm-store', 'npm')
    )
    expect(step.outputs['pip-index-url']).toBe(
      `${aws.emulator.endpointFor('shared-domain', 'python-store', 'pypi')}simple/`
    )
  })
})

describe('a domain of another account whose policy does not let the job in (README, Troubleshooting)', () => {
  it('prints the domain-policy statement that, added by the owner, makes the same step work', async () => {
    const inputs = {
      domain: 'shared-domain',
      'domain-owner': SHARED_OWNER,
      repository: 'python-store',
      tools: 'pip'
    }
    const targets = [
      { domain: 'shared-domain', domainOwner: SHARED_OWNER, repository: 'python-store' }
    ]
    const world = (domainPolicy?: object) =>
      startLocalAws({
        domains: {
          'shared-domain': {
            owner: SHARED_OWNER,
            repositories: ['python-store'],
            ...(domainPolicy ? { domainPolicy } : {})
          }
        }
      })
    let printed: object
    const closed = await world()
    try {
      const who = await closed.principal({ name: 'ci-cross', targets })
      const refused = await run(who, inputs)
      expect(refused.code).toBe(1)
      const first = firstErrorLine(refused)
      expect(first).toContain(`Fix: the domain belongs to account ${SHARED_OWNER}`)
      printed = JSON.parse(/domain's permissions policy: (\{.*\})$/.exec(first)?.[1] ?? 'null')
    } finally {
      await closed.stop()
    }
    const opened = await world({ Version: '2012-10-17', Statement: [printed] })
    try {
      const who = await opened.principal({ name: 'ci-cross', targets })
      const step = await run(who, inputs)
      expect({ code: step.code, error: firstErrorLine(step) }).toEqual({ code: 0, error: '' })
      expect(opened.deniedCalls(who.env)).toEqual([])
      expect(step.outputs['pip-index-url']).toBe(
        `${opened.emulator.endpointFor('shared-domain', 'python-store', 'pypi')}simple/`
      )
    } finally {
      await opened.stop()
    }
  })
})
