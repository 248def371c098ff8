/**
 * src/aws/sts-client.ts and job-clients.ts: the job's STS client, and the CodeArtifact client that
 * signs with its credentials, so the SDK's provider chain runs once per job.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { STSClient } from '@aws-sdk/client-sts'
import { USER_AGENT } from '../../src/action-contract.js'
import { jobClients } from '../../src/aws/job-clients.js'
import { stsClient } from '../../src/aws/sts-client.js'

describe('jobClients', () => {
  it('signs CodeArtifact requests with the credentials the STS client resolved, resolving them once', async () => {
    const chain = jest.fn(async () => ({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'session',
      expiration: new Date(Date.now() + 3_600_000)
    }))
    const sts = new STSClient({ region: 'eu-west-1', credentials: chain })
    const { codeartifact } = jobClients(sts, 'eu-west-1')
    const fromSts = await sts.config.credentials()
    const fromCodeartifact = await codeartifact.config.credentials()
    expect(fromCodeartifact.accessKeyId).toBe('ASIAEXAMPLE')
    expect(fromCodeartifact.sessionToken).toBe(fromSts.sessionToken)
    expect(chain).toHaveBeenCalledTimes(1)
    expect(await codeartifact.config.region()).toBe('eu-west-1')
  })

  it('gives the STS client the region and the shared settings', async () => {
    const sts = stsClient('ap-southeast-2')
    expect(await sts.config.region()).toBe('ap-southeast-2')
    expect(sts.config.customUserAgent).toEqual([[USER_AGENT]])
  })
})
