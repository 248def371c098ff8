/**
 * request-writes.ts: `requestsWritten` resolves once every tracked call's HTTP request has reached
 * a real server (here a loopback server that holds its answers), not when the call is answered,
 * and not before the request has left. Nothing here measures time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { requestsWritten, trackWrites } from '../../src/aws/request-writes.js'

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:sts::111122223333:assumed-role/ci/gha</Arn>
    <UserId>AROAEXAMPLE:gha</UserId>
    <Account>111122223333</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>1</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`

let server: http.Server
let endpoint: string
/** Requests the server has read in full, each with the function that answers it. */
const arrived: (() => void)[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () =>
      arrived.push(() => {
        response.writeHead(200, { 'content-type': 'text/xml' })
        response.end(IDENTITY)
      })
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function stsClient(credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }) {
  return new STSClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 })
}

/**
 * A tracked STS client whose calls wait in the SDK's middleware (signing waits for the
 * credentials) until `giveCredentials` is called.
 */
function heldCredentialsClient(): { client: STSClient; giveCredentials: () => void } {
  let giveCredentials: () => void = () => undefined
  const credentials = new Promise<{ accessKeyId: string; secretAccessKey: string }>(
    (resolve) =>
      (giveCredentials = () => resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }))
  )
  const client = trackWrites(
    new STSClient({ region: 'us-east-1', endpoint, maxAttempts: 1, credentials: () => credentials })
  )
  return { client, giveCredentials }
}

/** Waits (at most about a second) until the server has read `count` requests in full. */
async function arrivals(count: number): Promise<void> {
  for (let turn = 0; turn < 200 && arrived.length < count; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Resolves when `promise` settles, or false after a few turns of the event loop. */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  for (let turn = 0; turn < 20 && !settled; turn++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  return settled
}

describe('aws/request-writes.ts', () => {
  it('resolves at once when no tracked call is under way', async () => {
    await expect(requestsWritten()).resolves.toBeUndefined()
  })

  it('resolves once the requests are sent, not before, and before they are answered', async () => {
    const { client, giveCredentials } = heldCredentialsClient()
    const calls = [
      client.send(new GetCallerIdentityCommand({})),
      client.send(new GetCallerIdentityCommand({}))
    ]
    const written = requestsWritten()
    // Held in the SDK's middleware (signing waits for the credentials): not sent yet.
    expect(await settlesSoon(written)).toBe(false)
    giveCredentials()
    await written
    const answered = Promise.all(calls)
    // Sent, and not answered: the server holds its answers until both have arrived.
    expect(await settlesSoon(answered)).toBe(false)
    await arrivals(2)
    expect(arrived).toHaveLength(2)
    for (const answer of arrived.splice(0)) answer()
    const answers = await answered
    expect(answers.map((answer) => answer.Account)).toEqual(['111122223333', '111122223333'])
  })

  it('waits for a call sent in the same turn, and not for one that never reaches the network', async () => {
    const { client, giveCredentials } = heldCredentialsClient()
    const written = requestsWritten()
    // Sent after requestsWritten() was called, in the same turn: it is waited for.
    const call = client.send(new GetCallerIdentityCommand({}))
    expect(await settlesSoon(written)).toBe(false)
    giveCredentials()
    await written
    await arrivals(1)
    for (const answer of arrived.splice(0)) answer()
    await call

    // A call that fails before any request is made (no credentials) ends, so it counts.
    const broken = trackWrites(
      new STSClient({
        region: 'us-east-1',
        endpoint,
        maxAttempts: 1,
        credentials: () => Promise.reject(new Error('no credentials'))
      })
    )
    const failing = broken.send(new GetCallerIdentityCommand({}))
    await expect(failing).rejects.toThrow('no credentials')
    await expect(requestsWritten()).resolves.toBeUndefined()
    expect(arrived).toHaveLength(0)
  })

  it('an untracked client is not waited for', async () => {
    const call = stsClient().send(new GetCallerIdentityCommand({}))
    expect(await settlesSoon(requestsWritten())).toBe(true)
    await arrivals(1)
    for (const answer of arrived.splice(0)) answer()
    await call
  })
})
