import type { SummaryProvisioning } from '../job-summary.js'
import { describeCall } from './plan.js'
import type { ProvisioningResult } from './run.js'

/**
 * What jobs that use a principal provisioned with `max-token-duration` must set: the cap
 * (`NumericLessThanEquals sts:DurationSeconds`) refuses every other lifetime, and the default,
 * duration-seconds 0 (the role session), sends no sts:DurationSeconds at all.
 */
export function capNote(principalArn: string, cap: number): string {
  return `The policy caps the token lifetime at ${cap} seconds (sts:DurationSeconds): every job that runs as ${principalArn} must set duration-seconds to a value from 900 to ${cap}. With the default, 0 (the role session), no sts:DurationSeconds is sent and the cap refuses the token.`
}

/**
 * The job summary's Provisioning section: what changed (each IAM call), on which policy and
 * principal, and the least-privilege document. src/job-summary.ts renders it.
 *
 * @param cap `max-token-duration`, seconds: the summary then says what consumers must set
 */
export function provisioningSummary(result: ProvisioningResult, cap?: number): SummaryProvisioning {
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
  const withCap =
    cap !== undefined && result.policy.kind === 'customer-managed'
      ? `${text} ${capNote(result.principal.arn, cap)}`
      : text
  return {
    text: withCap,
    policyArn: result.policyArn,
    principalArn: result.principal.arn,
    outcome: result.dryRun ? 'dry run' : result.changed ? 'changed' : 'unchanged',
    calls: result.calls.map(describeCall),
    ...(result.policy.kind === 'customer-managed' ? { document: result.policy.documentText } : {})
  }
}
