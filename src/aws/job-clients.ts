import * as runner from '../runner/index.js'
import { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import type { STSClient } from '@aws-sdk/client-sts'
import { clientConfig, logCalls } from './clients.js'
import { trackWrites } from './request-writes.js'

/** The SDK clients the main step always needs (IAM loads only with the check or provisioning). */
export interface JobClients {
  sts: STSClient
  codeartifact: CodeartifactClient
}

/**
 * The job's clients: its STS client (sts-client.ts, created before the first request) and a
 * CodeArtifact client for `region`
 * (https://docs.aws.amazon.com/codeartifact/latest/APIReference/), with the shared settings
 * and the debug call log; its calls count for `requestsWritten` (request-writes.ts). The
 * CodeArtifact client signs with the STS client's credentials: the SDK's provider chain
 * (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html)
 * runs once for both, so a web identity or SSO profile is exchanged for credentials once, not
 * once per client. (The IAM clients of a policy-reading check or of provisioning resolve their
 * own: the check may run as another principal.)
 */
export function jobClients(sts: STSClient, region: string): JobClients {
  const config = { ...clientConfig(region), credentials: sts.config.credentials }
  return { sts, codeartifact: trackWrites(logCalls(new CodeartifactClient(config), runner.debug)) }
}
