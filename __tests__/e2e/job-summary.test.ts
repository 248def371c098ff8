/**
 * The job summary of the real bundle, read back from GITHUB_STEP_SUMMARY: it answers "who am I,
 * may I, and what did it set up" on success, says what failed on failure, and never holds the
 * token in any form.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ACCOUNT,
  SESSION_NAME,
  startLocalAws,
  type CreatedPrincipal,
  type LocalAws
} from '../harness/local-aws-env.mjs'
import fs from 'node:fs'
import path from 'node:path'
import { createJob, listFiles, runMain, runPost } from '../harness/action-runner.js'
import { visibleText as visible } from '../harness/summary-text.js'

const DOMAIN = 'my-domain'
const REPOSITORY = 'my-repo'
let aws: LocalAws
/** A role with the README's consumer policy, and its session. */
let consumer: CreatedPrincipal
let roleName: string

beforeAll(async () => {
  aws = await startLocalAws()
  consumer = await aws.principal()
  roleName = consumer.arn.split('/').pop() as string
})

afterAll(async () => {
  await aws?.stop()
})

/** The token as it could leak: raw, URL-encoded, and inside `aws:<token>` Basic auth. */
function tokenForms(token: string): string[] {
  return [token, encodeURIComponent(token), Buffer.from(`aws:${token}`).toString('base64')]
}

describe('job summary', () => {
  it('on success shows the principal, the verdict, the endpoints, the expiry and the files', async () => {
    const job = createJob(consumer.env)
    const main = await runMain(job, { domain: DOMAIN, repository: REPOSITORY, tools: 'npm, pip' })
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    const text = visible(main.summary)
    expect(text).toContain('✅ CodeArtifact is set up')
    expect(text).toContain(`arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/${SESSION_NAME}`)
    expect(text).toContain(`IAM role ${roleName}, session ${SESSION_NAME}`)
    expect(text).toMatch(/Permissions ✅/)
    expect(text).toContain(`npm npm ${aws.emulator.endpointFor(DOMAIN, REPOSITORY, 'npm')}`)
    expect(text).toContain(`pip pypi ${aws.emulator.endpointFor(DOMAIN, REPOSITORY, 'pypi')}`)
    expect(text).toContain(main.outputs.expiration)
    expect(text).toContain('as long as the role session (duration-seconds: 0)')
    // Every exported variable that holds the token, pip's index URL too; none other.
    expect(text).toMatch(
      /Environment CODEARTIFACT_AUTH_TOKEN ?, CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN ?, PIP_INDEX_URL \(values masked; never shown here\)/
    )
    const npmrc = listFiles(job.runnerTemp).find((file) => file.endsWith('npmrc'))
    expect(npmrc).toBeDefined()
    expect(text).toContain(`${npmrc} — created; the post step deletes it`)
    for (const form of tokenForms(aws.emulator.tokenFor(DOMAIN))) {
      expect(main.summary).not.toContain(form)
    }
    const post = await runPost(job)
    expect(post.code).toBe(0)
  })

  it('on failure says which step failed and why, and shows what was reached', async () => {
    const message = `User: ${consumer.callerArn} is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action`
    aws.emulator.injectFault({
      operation: 'GetAuthorizationToken',
      status: 403,
      errorType: 'AccessDeniedException',
      message
    })
    try {
      const job = createJob(consumer.env)
      const main = await runMain(job, {
        domain: DOMAIN,
        repository: REPOSITORY,
        tools: 'npm',
        'check-permissions': 'off'
      })
      expect(main.code).toBe(1)
      const text = visible(main.summary)
      expect(text).toContain('❌ CodeArtifact setup failed')
      expect(text).toContain('Failed to get the authorization token:')
      expect(text).toContain(message)
      expect(text).toContain(`❌ AWS refused sts:GetServiceBearerToken to ${consumer.arn}`)
      expect(text).toContain(`arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/${SESSION_NAME}`)
      expect(text).toContain('Token Not issued.')
      expect(text).toContain('Files written None.')
      await runPost(job)
    } finally {
      aws.emulator.clearFaults()
    }
  })

  it('shows a warning the log gave with the same weight: ⚠️, not ✅', async () => {
    const job = createJob(consumer.env)
    // A project .npmrc that sends npm past CodeArtifact: the log warns, so must the summary.
    fs.writeFileSync(path.join(job.workspace, '.npmrc'), 'registry=https://registry.npmjs.org/\n')
    const main = await runMain(job, { domain: DOMAIN, repository: REPOSITORY, tools: 'npm' })
    expect(main.code).toBe(0)
    const warned = main.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warned).toHaveLength(1)
    const text = visible(main.summary)
    expect(text).toContain('⚠️ CodeArtifact is set up, with warnings')
    expect(text).not.toContain('✅ CodeArtifact is set up')
    expect(text).toContain(
      `Warnings ⚠️ npm: ${path.join(job.workspace, '.npmrc')} sets registry=https://registry.npmjs.org, and a project .npmrc outranks the user config`
    )
    await runPost(job)
  })
})
