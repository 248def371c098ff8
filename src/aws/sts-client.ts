import * as runner from '../runner/index.js'
import { STSClient } from '@aws-sdk/client-sts'
import { clientConfig, logCalls } from './clients.js'
import { trackWrites } from './request-writes.js'

/**
 * The job's STS client for `region` (https://docs.aws.amazon.com/STS/latest/APIReference/),
 * with the shared settings (clients.ts) and the debug call log; its calls count for
 * `requestsWritten` (request-writes.ts). The main step's first request, GetCallerIdentity, goes
 * out through it before the modules of the later phases load (later-phases.ts).
 */
export function stsClient(region: string): STSClient {
  return trackWrites(logCalls(new STSClient(clientConfig(region)), runner.debug))
}
