import * as runner from '../runner/index.js'
import type { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { Output } from '../action-contract.js'
import { logCalls } from '../aws/clients.js'
import type { Caller } from '../aws/identity.js'
import type { SummaryPermissions } from '../job-summary.js'
import { classifyAccessDenied, describeAccessDenied } from './access-denied.js'
import type { PermissionReport, PermissionVerdict } from './check.js'
import {
  DECISION_LABELS,
  METHOD_LABELS,
  failureMessage,
  onePerAction,
  actionsWithDetail,
  withoutFullStop,
  missingActions,
  reportLines,
  statementText
} from './report.js'
import type { AccessLevel, PermissionTarget } from './requirements.js'

/** What {@link runPermissionCheck} needs from the inputs and the run so far. */
export interface PermissionCheckOptions {
  mode: 'auto' | 'strict'
  access: AccessLevel
  caller: Caller
  targets: PermissionTarget[]
  region: string
  /** The token lifetime the action will request, in seconds. */
  durationSeconds: number
  codeartifact: CodeartifactClient
  /** Called with the report before any verdict is acted on (for the job summary). */
  onReport?: (report: PermissionReport) => void
}

/** The report as the job summary's Permissions section takes it. */
export function summaryPermissions(report: PermissionReport): SummaryPermissions {
  const missing = missingActions(report)
  const text =
    report.verdict === 'allowed'
      ? `${report.entityArn ?? report.callerArn} has every permission the job needs.`
      : report.verdict === 'denied'
        ? `${report.entityArn ?? report.callerArn} lacks ${missing.join(', ')}; the log shows the statement to add.`
        : `Could not verify every permission of ${report.entityArn ?? report.callerArn}.`
  return {
    verdict: report.verdict,
    text,
    rows: report.results.map((result) => ({
      action: result.permission.action,
      resource: result.permission.resource,
      decision: DECISION_LABELS[result.decision],
      detail: [
        result.method === 'none' ? undefined : `by ${METHOD_LABELS[result.method]}`,
        result.statement ? statementText(result.statement) : undefined,
        result.detail && withoutFullStop(result.detail)
      ]
        .filter(Boolean)
        .join('; ')
    }))
  }
}

/**
 * Runs the permission check (loading the IAM client only now), logs one line per permission,
 * warns, and sets the `permissions` and `missing-permissions` outputs.
 *
 * @returns the report, whose verdict the caller remembers for a later token failure
 * @throws Error with the report's message when the verdict is `denied`, or `unknown` in strict mode
 */
export async function runPermissionCheck(
  options: PermissionCheckOptions
): Promise<PermissionReport> {
  const { checkPermissions } = await import('./check.js')
  const report = await runner.group('Permissions', async () => {
    const found = await checkPermissions(
      { codeartifact: options.codeartifact, wrap: (client) => logCalls(client, runner.debug) },
      {
        caller: options.caller,
        targets: options.targets,
        access: options.access,
        region: options.region,
        durationSeconds: options.durationSeconds
      }
    )
    for (const line of reportLines(found)) runner.info(line)
    for (const note of found.notes) runner.info(`Note: ${note}`)
    return found
  })
  options.onReport?.(report)
  for (const warning of report.warnings) runner.warning(warning)
  runner.setOutput(Output.permissions, report.verdict)
  runner.setOutput(Output.missingPermissions, missingActions(report).join(','))
  if (report.verdict === 'denied') throw new Error(failureMessage(report, options.mode))
  if (report.verdict === 'unknown') {
    if (options.mode === 'strict') throw new Error(failureMessage(report, 'strict'))
    runner.warning(unverifiedWarning(report))
  }
  return report
}

/**
 * The warning for an `unknown` verdict under check-permissions auto: what
 * could not be verified and why, and what would settle it.
 */
function unverifiedWarning(report: PermissionReport): string {
  const why = actionsWithDetail(
    onePerAction(report.results.filter((result) => result.decision === 'unknown'))
  )
  return `Could not verify every CodeArtifact permission of ${report.entityArn ?? report.callerArn}: ${why}. Continuing because check-permissions is auto; set it to strict to fail instead (a gate should). A definite answer needs the check to read what decides it: iam:SimulatePrincipalPolicy and iam:GetRole on the role (or the IAM policy reads), and, for codeartifact actions its identity policies do not allow, codeartifact:GetDomainPermissionsPolicy and codeartifact:GetRepositoryPermissionsPolicy.`
}

/**
 * Adds the AccessDenied classification to a failed token or endpoint request: which action,
 * which policy type, explicit or implicit, and what to change; plus what the earlier check
 * could and could not see.
 *
 * @param error the failure (its message carries AWS's text)
 * @param verdict the permission check's verdict; undefined when it did not run
 * @returns the error to throw: `error` itself when its text is not an AccessDenied message
 */
export function explainAccessDenied(
  error: unknown,
  verdict: PermissionVerdict | undefined
): unknown {
  const message = error instanceof Error ? error.message : String(error)
  const classification = classifyAccessDenied(message)
  if (classification === undefined) return error
  const context =
    verdict === 'allowed'
      ? " The permission check found that the IAM policies it can see allow this, so the denial comes from something IAM does not show: a session policy, a service control policy, a VPC endpoint policy, or, across accounts, the domain owner's policy."
      : verdict === 'unknown'
        ? ' The permission check could not verify this beforehand (see its warning above).'
        : ''
  return new Error(`${message}\n${describeAccessDenied(classification)}${context}`, {
    cause: error
  })
}
