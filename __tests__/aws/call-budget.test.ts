/**
 * The time limits of src/aws/call-budget.ts with the real SDK against a local server that
 * answers slowly: a trickled answer is cut at the attempt deadline and retried, the step's
 * budget stops attempts and retries, and the failure names the call (clients.ts logCalls).
 * The e2e test __tests__/e2e/hostile-answers.test.ts does the same through the bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  BoundedHttpHandler,
  BudgetedRetryStrategy,
  isTimeLimitFailure,
  remainingBudgetMs,
  startStepBudget,
  stepBudgetSeconds
} from '../../src/aws/call-budget.js'
import { clientConfig, logCalls } from '../../src/aws/clients.js'

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/u</Arn><UserId>AIDA</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`

let server: http.Server
let url: string
let attempts = 0

beforeAll(async () => {
  // Headers at once, then the body one byte every 100 ms (about 30 s for the whole answer).
  server = http.createServer((_req, res) => {
    attempts++
    res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(IDENTITY.length) })
    let sent = 0
    const timer = setInterval(() => {
      if (sent >= IDENTITY.length) return clearInterval(timer)
      res.write(IDENTITY[sent++])
    }, 100)
    res.on('close', () => clearInterval(timer))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function sts(attemptTimeoutMs?: number): STSClient {
  const config = clientConfig('us-east-1')
  return logCalls(
    new STSClient({
      ...config,
      endpoint: url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      requestHandler:
        attemptTimeoutMs === undefined
          ? config.requestHandler
          : new BoundedHttpHandler({ attemptTimeoutMs })
    }),
    () => undefined
  )
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('call-budget', () => {
  it('a trickled answer is cut at the attempt deadline, retried 4 times, and the call named', async () => {
    attempts = 0
    const started = Date.now()
    const error = await failureOf(sts(400).send(new GetCallerIdentityCommand({})))
    expect(Date.now() - started).toBeLessThan(6000)
    expect(attempts).toBe(4)
    expect(error.name).toBe('TimeoutError')
    expect(error.message).toMatch(
      /^STS\.GetCallerIdentity got no complete answer in time \(4 attempts of at most 4; the last one: no complete answer within 0\.4 s \(attempt timeout\)\)$/
    )
  })

  it('the step budget counts from the start of the process, as performance.timeOrigin does', () => {
    startStepBudget(600)
    const expected = performance.timeOrigin + 600_000 - Date.now()
    expect(Math.abs(remainingBudgetMs() - expected)).toBeLessThan(50)
  })

  it('the step budget cuts an attempt in flight and lets no retry start', async () => {
    attempts = 0
    const elapsed = (Date.now() - performance.timeOrigin) / 1000
    startStepBudget(Math.ceil(elapsed + 1.5))
    const started = Date.now()
    const error = await failureOf(sts().send(new GetCallerIdentityCommand({})))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(remainingBudgetMs()).toBeLessThanOrEqual(0)
    expect(attempts).toBe(1)
    expect(error.name).toBe('StepBudgetSpent')
    expect(error.message).toMatch(
      /^STS\.GetCallerIdentity did not finish within the step's time budget of \d+ s \(1 attempt\)\. Check the runner's network and proxy for AWS, or raise timeout-seconds\.$/
    )
    // Once spent, nothing more goes out.
    await expect(sts().send(new GetCallerIdentityCommand({}))).rejects.toThrow(
      "did not finish within the step's time budget"
    )
    expect(attempts).toBe(1)
    await expect(new BudgetedRetryStrategy().acquireInitialRetryToken('')).rejects.toThrow(
      'ran out'
    )
    expect(
      isTimeLimitFailure(
        Object.assign(new Error('x'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })
      )
    ).toBe(false)
    expect(
      isTimeLimitFailure(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 503 } }))
    ).toBe(true)
  })

  it('the default budget is 300 s plus the provisioning wait, unless timeout-seconds is given', () => {
    expect(stepBudgetSeconds(undefined, 0)).toBe(300)
    expect(stepBudgetSeconds(undefined, 120)).toBe(420)
    expect(stepBudgetSeconds(8, 120)).toBe(8)
  })
})
