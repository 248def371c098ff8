import type { SummaryProvisioning } from '../job-summary.js'
import { describeCall } from './plan.js'
import type { ProvisioningResult } from './run.js'

/**
 * The job summary's Provisioning section: what changed (each IAM call), on which policy and
 * principal, and the least-privilege document. src/job-summary.ts renders it.
 */
export function provisioningSummary(result: ProvisioningResult): SummaryProvisioning {
  const who = `${result.principal.kind} ${result.principal.arn}`
  const what =
    result.policy.kind === 'aws-managed'
      ? `the AWS managed policy ${result.policy.name}`
      : `the least-privilege policy ${result.policy.name}`
  const text = result.dryRun
    ? result.calls.length === 0
      ? `Dry run: ${what} is already in place for ${who}; nothing would change.`
      : `Dry run: ${result.calls.length} IAM call(s) would give ${who} ${what}; nothing was changed.`
    : result.changed
      ? `Gave ${who} ${what} (${result.calls.length} IAM change(s)).`
      : `${who} already has ${what}; nothing was changed.`
  return {
    text,
    policyArn: result.policyArn,
    principalArn: result.principal.arn,
    outcome: result.dryRun ? 'dry run' : result.changed ? 'changed' : 'unchanged',
    calls: result.calls.map(describeCall),
    ...(result.policy.kind === 'customer-managed' ? { document: result.policy.documentText } : {})
  }
}
