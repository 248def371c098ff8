import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  emptySummary,
  renderJobSummary,
  writeJobSummary,
  type JobSummaryData
} from '../src/job-summary.js'
import { visibleText as text } from './harness/summary-text.js'

const NOW = new Date('2030-01-01T10:00:00.000Z')

function succeeded(): JobSummaryData {
  return {
    principal: {
      arn: 'arn:aws:sts::111122223333:assumed-role/ci-role/gha',
      account: '111122223333',
      userId: 'AROAEXAMPLE:gha',
      partition: 'aws',
      principal: { kind: 'assumed-role', roleName: 'ci-role', sessionName: 'gha' }
    },
    repositories: [
      {
        domain: 'my-domain',
        domainOwner: '111122223333',
        repository: 'my-repo',
        region: 'us-east-1',
        tools: [
          {
            tool: 'npm',
            format: 'npm',
            endpoint:
              'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/'
          },
          {
            tool: 'pip',
            format: 'pypi',
            endpoint:
              'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/'
          }
        ]
      }
    ],
    token: {
      expiration: new Date('2030-01-01T11:00:00.000Z'),
      durationSeconds: 0,
      envNames: ['CODEARTIFACT_AUTH_TOKEN']
    },
    files: [
      { path: '/home/runner/.npmrc', change: 'changed' },
      { path: '/tmp/codeartifact-setup-x/pip.conf', change: 'created' }
    ],
    warnings: []
  }
}

describe('renderJobSummary', () => {
  it('answers who, may I, and what was set up on success', () => {
    const html = renderJobSummary(succeeded(), NOW)
    const shown = text(html)
    expect(shown).toContain('✅ CodeArtifact is set up')
    expect(shown).toContain('arn:aws:sts::111122223333:assumed-role/ci-role/gha')
    expect(shown).toContain('IAM role ci-role, session gha')
    expect(shown).toContain(
      'the principal holds codeartifact:GetAuthorizationToken on the domain and sts:GetServiceBearerToken'
    )
    expect(shown).toContain(
      'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/'
    )
    expect(shown).toContain('2030-01-01T11:00:00.000Z (in 1 h 0 min)')
    expect(shown).toContain('as long as the role session (duration-seconds: 0)')
    expect(shown).toContain('CODEARTIFACT_AUTH_TOKEN')
    expect(shown).toContain('/home/runner/.npmrc — changed; the post step restores it')
    expect(shown).toContain(
      '/tmp/codeartifact-setup-x/pip.conf — created; the post step deletes it'
    )
    expect(shown).not.toContain('failed')
    // One table row per client.
    expect(html.match(/<tr>/g)).toHaveLength(3 + 3 + 3)
  })

  it('shows what failed and names the missing permission on an AccessDenied', () => {
    const data: JobSummaryData = {
      ...succeeded(),
      token: undefined,
      files: [],
      failure: {
        step: 'get the authorization token',
        message:
          "Could not get the authorization token for domain 'my-domain': User: arn:aws:sts::111122223333:assumed-role/ci-role/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action"
      },
      // What the refused token request reported (gate.permissionsAfterFailure).
      permissions: {
        verdict: 'denied',
        text: 'AWS refused sts:GetServiceBearerToken to arn:aws:iam::111122223333:role/ci-role; the statement that fixes it is below and in the log.',
        fixes: [
          {
            where: 'Add to the identity policy of role arn:aws:iam::111122223333:role/ci-role:',
            json: '{"Statement": []}'
          }
        ]
      }
    }
    data.repositories[0].tools = data.repositories[0].tools.map(({ tool, format }) => ({
      tool,
      format
    }))
    const shown = text(renderJobSummary(data, NOW))
    expect(shown).toContain('❌ CodeArtifact setup failed')
    expect(shown).toContain('Failed to get the authorization token:')
    expect(shown).toContain('no identity-based policy allows the sts:GetServiceBearerToken action')
    expect(shown).toContain('❌ AWS refused sts:GetServiceBearerToken to')
    // The fixing statement renders as a JSON code block.
    expect(renderJobSummary(data, NOW)).toMatch(
      /<pre lang="json"><code>\{&quot;Statement&quot;: \[\]\}<\/code><\/pre>/
    )
    expect(shown).toContain('Token Not issued.')
    expect(shown).toContain('Files written None.')
    expect(shown).toMatch(/pip pypi —/)
  })

  it('explains the sections the run never reached', () => {
    const data = emptySummary()
    data.failure = { step: 'read the inputs', message: "Input 'domain' is required." }
    const shown = text(renderJobSummary(data, NOW))
    expect(shown).toContain('Not identified: the step stopped before sts:GetCallerIdentity.')
    expect(shown).toContain('Not known: the step stopped before the token request.')
    expect(shown).toContain('Not resolved: the step stopped before')
  })

  it('uses the permissions check when one ran', () => {
    const data: JobSummaryData = {
      ...succeeded(),
      permissions: {
        verdict: 'denied',
        text: 'The identity policy does not grant sts:GetServiceBearerToken.',
        rows: [
          {
            action: 'sts:GetServiceBearerToken',
            resource: '*',
            decision: 'implicit-deny',
            detail: 'no statement matches'
          }
        ]
      }
    }
    const shown = text(renderJobSummary(data, NOW))
    expect(shown).toContain('❌ The identity policy does not grant sts:GetServiceBearerToken.')
    expect(shown).toContain('sts:GetServiceBearerToken * implicit-deny no statement matches')
    expect(shown).not.toContain('GetAuthorizationToken succeeded')
  })

  it('escapes HTML in messages and names', () => {
    const data = emptySummary()
    data.failure = { step: 'read the inputs', message: "'<script>x</script>' & more" }
    const html = renderJobSummary(data, NOW)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;')
  })
})

describe('writeJobSummary', () => {
  let dir: string
  let saved: string | undefined

  beforeEach(() => {
    saved = process.env.GITHUB_STEP_SUMMARY
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-test-'))
  })

  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
    else process.env.GITHUB_STEP_SUMMARY = saved
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('appends the summary to GITHUB_STEP_SUMMARY and blanks any secret', async () => {
    const file = path.join(dir, 'summary.md')
    fs.writeFileSync(file, 'earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = file
    const data = succeeded()
    data.failure = { step: 'export the environment and outputs', message: 'bad s3cr3t-token here' }
    await writeJobSummary(data, ['s3cr3t-token'])
    const written = fs.readFileSync(file, 'utf8')
    expect(written.startsWith('earlier step\n')).toBe(true)
    expect(written).toContain('assumed-role/ci-role/gha')
    expect(written).toContain('bad *** here')
    expect(written).not.toContain('s3cr3t-token')
  })

  it('does nothing outside the runner', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(writeJobSummary(succeeded())).resolves.toBeUndefined()
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('job-summary.ts heading without a token', () => {
  it('says nothing was configured when the step asked for no token', async () => {
    const { renderJobSummary, emptySummary } = await import('../src/job-summary.js')
    const html = renderJobSummary(emptySummary())
    expect(html).toContain('CodeArtifact checked: no token requested, nothing configured')
    expect(html).not.toContain('CodeArtifact is set up')
  })
})
