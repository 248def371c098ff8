import * as runner from '../runner/index.js'
import { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { STSClient } from '@aws-sdk/client-sts'
import { clientConfig, logCalls } from './clients.js'
import { trackWrites } from './request-writes.js'

/** The SDK clients the main step always needs (IAM loads only with the check or provisioning). */
export interface JobClients {
  sts: STSClient
  codeartifact: CodeartifactClient
}

/**
 * STS and CodeArtifact clients for `region`, with the shared settings and the debug call log;
 * their calls count for `requestsWritten` (request-writes.ts).
 */
export function jobClients(region: string): JobClients {
  const config = clientConfig(region)
  return {
    sts: trackWrites(logCalls(new STSClient(config), runner.debug)),
    codeartifact: trackWrites(logCalls(new CodeartifactClient(config), runner.debug))
  }
}
