/**
 * src/access-schedule.ts: the planners start loading with the first token request (and are loaded
 * once), else when asked for; the lifetime is chosen in the token phase.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { CodeartifactClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-codeartifact'
import { STSClient } from '@aws-sdk/client-sts'
import * as runner from '../__fixtures__/runner.js'

jest.unstable_mockModule('../src/runner/index.js', () => runner)
const { AccessSchedule } = await import('../src/access-schedule.js')
const { backgroundSettled, failureOf } = await import('../src/step-phases.js')

const codeartifact = mockClient(CodeartifactClient)
const target = {
  domain: 'acme',
  domainOwner: '111122223333',
  repository: 'shared',
  tools: ['npm' as const, 'pip' as const]
}
const inputs = { region: 'us-east-1', provisioning: {} }

function schedule(durationSeconds?: number) {
  const aws = {
    sts: new STSClient({
      region: 'us-east-1',
      credentials: {
        accessKeyId: 'ASIAEXAMPLE',
        secretAccessKey: 'secret',
        sessionToken: 'session'
      }
    }),
    codeartifact: new CodeartifactClient({ region: 'us-east-1' })
  }
  return new AccessSchedule(aws as never, { ...inputs, durationSeconds }, () => undefined)
}

// The planners a test's token request started loading finish before the next test (and teardown).
afterEach(() => backgroundSettled())

beforeEach(() => {
  codeartifact.reset()
  codeartifact.on(GetAuthorizationTokenCommand).resolves({
    authorizationToken: 'tok',
    expiration: new Date(Date.now() + 3_600_000)
  })
})

describe('AccessSchedule', () => {
  it('loads the planners of the targets’ clients when asked, before any request', async () => {
    const planners = await schedule().planners([target])
    expect([...planners.keys()]).toEqual(['npm', 'pip'])
  })

  it('starts loading the planners with the token request, once, and hands out that load', async () => {
    const run = schedule()
    const requests = run.requests([target])
    const tokens = await requests.tokens(0)
    expect([...tokens.keys()]).toHaveLength(1)
    const first = run.planners([target])
    expect(run.planners([target])).toBe(first)
    await requests.tokens(0)
    expect(run.planners([target])).toBe(first)
    expect([...(await first).keys()]).toEqual(['npm', 'pip'])
  })

  it('takes duration-seconds as the lifetime, in the token phase', async () => {
    await expect(schedule(900).lifetime(true)).resolves.toBe(900)
  })

  it('a refused token request fails in the phase that names it', async () => {
    codeartifact.on(GetAuthorizationTokenCommand).rejects(new Error('AccessDeniedException'))
    const error = await schedule()
      .requests([target])
      .tokens(0)
      .catch((e: unknown) => e)
    expect(failureOf(error).step).toBe('get the authorization token')
  })
})
