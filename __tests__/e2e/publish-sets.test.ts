/**
 * Issue #12's examples through the bundled action: a publish check is about every package the
 * job may publish (a set of ARNs), or about the exact packages the workspace's manifests name.
 * The bundle runs with `check-only: true` and `check-permissions: strict` against the enforcing
 * local AWS (moto, the simulator stand-in, the CodeArtifact emulator), as a role with the
 * README's consumer policy, the example's publish statements, and the IAM read rights the check
 * needs (granted explicitly: the README's roles do not carry them).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { createJob, runMain, type StepResult } from '../harness/action-runner.js'

const ACCOUNT = '123456789012'
const PACKAGES = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:package/acme/shared`
const PUBLISH = 'codeartifact:PublishPackageVersion'

/** Example 1's statements: publishing allowed in the repository, but not under @myscope. */
const ALLOW_SHARED = {
  Sid: 'PublishShared',
  Effect: 'Allow',
  Action: PUBLISH,
  Resource: `${PACKAGES}/*`
}
const DENY_MYSCOPE = {
  Sid: 'NoMyScope',
  Effect: 'Deny',
  Action: PUBLISH,
  Resource: `${PACKAGES}/npm/myscope/*`
}
/** Example 2's statement: every npm package has the form …/npm/<namespace>/<name>. */
const ALLOW_NPM_NAMESPACES = {
  Sid: 'PublishNpm',
  Effect: 'Allow',
  Action: PUBLISH,
  Resource: `${PACKAGES}/npm/*/*`
}

let aws: LocalAws

beforeAll(async () => {
  aws = await startLocalAws({ domains: { acme: { owner: ACCOUNT, repositories: ['shared'] } } })
})

afterAll(async () => {
  await aws?.stop()
})

/**
 * Runs the bundle's check for a publishing npm job, as a new role with the README consumer policy
 * plus `statements`, in a workspace holding `packageJson` (none when undefined).
 */
async function checkPublish(
  statements: object[],
  packageJson?: object
): Promise<{ step: StepResult; env: Record<string, string> }> {
  const env = await aws.jobEnv({ statements, iamRead: true })
  const job = createJob(env)
  if (packageJson !== undefined) {
    fs.writeFileSync(path.join(job.workspace, 'package.json'), JSON.stringify(packageJson))
  }
  const step = await runMain(job, {
    domain: 'acme',
    repository: 'shared',
    tools: 'npm',
    access: 'publish',
    'check-only': 'true',
    'check-permissions': 'strict'
  })
  return { step, env }
}

describe('issue example 1: Allow on package/acme/shared/*, Deny on …/npm/myscope/*', () => {
  it('denies publishing @myscope/tiny, the package the workspace names', async () => {
    const { step } = await checkPublish([ALLOW_SHARED, DENY_MYSCOPE], {
      name: '@myscope/tiny',
      version: '1.0.0'
    })
    expect(step.code).toBe(1)
    expect(step.outputs).toMatchObject({
      permissions: 'denied',
      'missing-permissions': PUBLISH
    })
    expect(step.stdout).toContain(
      'The workspace publishes npm package @myscope/tiny (package.json): those package ARNs are checked.'
    )
    expect(step.stdout).toContain(`✗ explicit deny: ${PUBLISH} on ${PACKAGES}/npm/myscope/tiny`)
  })

  it('without a manifest, finds the part of every npm package the Deny takes out', async () => {
    const { step } = await checkPublish([ALLOW_SHARED, DENY_MYSCOPE])
    expect(step.code).toBe(1)
    expect(step.outputs).toMatchObject({
      permissions: 'denied',
      'missing-permissions': PUBLISH
    })
    expect(step.stdout).toContain(
      `✗ partly denied: ${PUBLISH} on ${PACKAGES}/npm/* (identity policies, evaluated locally)`
    )
    expect(step.stdout).toMatch(
      new RegExp(
        `explicit deny: ${escape(`${PACKAGES}/npm/myscope/* (npm @myscope/*)`)} \\(policy [^)]*\\), Sid "NoMyScope"\\)`
      )
    )
    expect(step.stdout).toContain(
      `${PUBLISH} on ${PACKAGES}/npm/myscope/* (npm @myscope/*) is explicitly denied by`
    )
  })

  it('names the scope an Allow with NotResource leaves out', async () => {
    const { step } = await checkPublish([
      {
        Sid: 'AllButMyScope',
        Effect: 'Allow',
        Action: PUBLISH,
        NotResource: `${PACKAGES}/npm/myscope/*`
      }
    ])
    expect(step.code).toBe(1)
    expect(step.outputs.permissions).toBe('denied')
    expect(step.stdout).toContain(`✗ partly denied: ${PUBLISH} on ${PACKAGES}/npm/*`)
    expect(step.stdout).toContain(`implicit deny: ${PACKAGES}/npm/myscope/* (npm @myscope/*)`)
  })
})

describe('issue example 2: Allow on package/acme/shared/npm/*/*', () => {
  it('allows publishing the package the workspace names', async () => {
    const { step, env } = await checkPublish([ALLOW_NPM_NAMESPACES], {
      name: '@myscope/tiny',
      version: '1.0.0'
    })
    expect(step.code).toBe(0)
    expect(step.outputs).toMatchObject({ permissions: 'allowed', 'missing-permissions': '' })
    expect(step.stdout).toContain(`✓ allowed: ${PUBLISH} on ${PACKAGES}/npm/myscope/tiny`)
    expect(aws.deniedCalls(env)).toEqual([])
  })

  it('allows publishing any npm package when the workspace names none', async () => {
    const { step, env } = await checkPublish([ALLOW_NPM_NAMESPACES], {
      name: 'workspace-root',
      private: true
    })
    expect(step.code).toBe(0)
    expect(step.outputs).toMatchObject({ permissions: 'allowed', 'missing-permissions': '' })
    expect(step.stdout).toContain(
      `✓ allowed: ${PUBLISH} on ${PACKAGES}/npm/* (identity policies, evaluated locally; policy codeartifact (inline), Sid "PublishNpm")`
    )
    expect(step.stdout).toContain('package.json names no package to check')
    expect(aws.deniedCalls(env)).toEqual([])
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
