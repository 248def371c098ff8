import * as runner from '../runner/index.js'
import type { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { Output } from '../action-contract.js'
import { logCalls } from '../aws/clients.js'
import { accessDeniedOf, awsCause, errorMessage, isAccessDenied } from '../aws/errors.js'
import type { DomainTokens } from '../aws/repository-access.js'
import type { Caller } from '../aws/identity.js'
import type { SummaryPermissions } from '../job-summary.js'
import {
  accessDeniedText,
  failureMessage,
  noteText,
  reportLines,
  summaryAfterDenial,
  summaryPermissions,
  unverifiedWarning,
  warningText
} from './report.js'
import type { PropagationWait } from '../provisioning/propagation.js'
import type { AccessLevel, PermissionTarget } from './requirements.js'
import { missingActions, type PermissionReport, type PermissionVerdict } from './results.js'

export { summaryPermissions } from './report.js'
export type { PermissionVerdict } from './results.js'

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
  /** Where the manifests naming what a publishing job publishes are (GITHUB_WORKSPACE). */
  workspace?: string
}

/** A check that failed the step: its message says what is missing; `report` is what it found. */
export class PermissionCheckFailure extends Error {
  constructor(
    readonly report: PermissionReport,
    message: string
  ) {
    super(message)
    this.name = 'PermissionCheckFailure'
  }
}

/** The report a failed check found, if `error` (or its cause) is one: for the summary and retries. */
export function failedCheckReport(error: unknown): PermissionReport | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof PermissionCheckFailure) return e.report
  }
  return undefined
}

/**
 * Runs the permission check (loading the IAM client only now), logs one line per permission,
 * warns, and sets the `permissions` and `missing-permissions` outputs.
 *
 * @returns the report, whose verdict the caller remembers for a later token failure
 * @throws PermissionCheckFailure with the report's message when the verdict is `denied`, or
 *   `unknown` in strict mode
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
        durationSeconds: options.durationSeconds,
        ...(options.workspace === undefined ? {} : { workspace: options.workspace })
      }
    )
    for (const line of reportLines(found)) runner.info(line)
    for (const note of found.notes) runner.info(`Note: ${noteText(note)}`)
    return found
  })
  for (const warning of report.warnings) runner.warning(warningText(warning))
  runner.setOutput(Output.permissions, report.verdict)
  runner.setOutput(Output.missingPermissions, missingActions(report).join(','))
  if (report.verdict === 'denied') {
    throw new PermissionCheckFailure(report, failureMessage(report, options.mode))
  }
  if (report.verdict === 'unknown') {
    if (options.mode === 'strict') {
      throw new PermissionCheckFailure(report, failureMessage(report, 'strict'))
    }
    runner.warning(unverifiedWarning(report))
  }
  return report
}

/** Whose permissions the check phase verifies, and with what. */
export interface CheckRequest {
  /** The caller, or after provisioning another principal, a session of that principal. */
  caller: Caller
  targets: PermissionTarget[]
  /** The token lifetime the action will request, in seconds. */
  durationSeconds: number
  codeartifact: CodeartifactClient
  /** Set after provisioning changed IAM, which propagates eventually: retry while denied. */
  propagation?: PropagationWait
  /** Where the manifests naming what a publishing job publishes are (GITHUB_WORKSPACE). */
  workspace?: string
}

/** The inputs the check phase reads. */
export interface CheckInputs {
  checkPermissions: 'auto' | 'strict' | 'off'
  checkOnly: boolean
  access: AccessLevel
  region: string
}

/**
 * The check phase: {@link runPermissionCheck} in the mode `check-permissions` asks for, retried
 * while it finds a denial when `propagation` is given. In gate mode (`check-only`) it says that
 * nothing follows.
 *
 * @returns the report; undefined with check-permissions off
 * @throws PermissionCheckFailure as runPermissionCheck does, once the wait (if any) is over
 */
export async function checkPhase(
  inputs: CheckInputs,
  request: CheckRequest
): Promise<PermissionReport | undefined> {
  if (inputs.checkPermissions === 'off') return undefined
  const check = () =>
    runPermissionCheck({
      ...request,
      mode: inputs.checkPermissions === 'strict' ? 'strict' : 'auto',
      access: inputs.access,
      region: inputs.region
    })
  const { propagation } = request
  const report = await (propagation
    ? propagation.retry(
        'the permission check',
        check,
        (error) => failedCheckReport(error)?.verdict === 'denied'
      )
    : check())
  if (inputs.checkOnly) {
    runner.info(
      `check-only: the permission verdict is ${report.verdict}; no token requested, nothing configured.`
    )
  }
  return report
}

/**
 * The job summary's Permissions section after a failure: the failed check's report, or the
 * permission AWS refused when no check ran; undefined when the failure says nothing about them.
 */
export function permissionsAfterFailure(error: unknown): SummaryPermissions | undefined {
  const report = failedCheckReport(error)
  if (report) return summaryPermissions(report)
  const denied = accessDeniedOf(error)
  return denied ? summaryAfterDenial(denied) : undefined
}

/**
 * Adds the AccessDenied classification to a failed token or endpoint request: which action,
 * which policy type, explicit or implicit, and what to change; plus what the earlier check
 * could and could not see.
 *
 * @param error the failure (its AWS cause carries AWS's text)
 * @param verdict the permission check's verdict; undefined when it did not run
 * @returns the error to throw: `error` itself when AWS did not answer AccessDenied
 */
export function explainAccessDenied(
  error: unknown,
  verdict: PermissionVerdict | undefined
): unknown {
  const denied = accessDeniedOf(error)
  if (denied === undefined) return error
  return new Error(`${errorMessage(error)}\n${accessDeniedText(denied, verdict)}`, {
    cause: error
  })
}

/** The token per domain and the endpoint per repository and format, as main.ts asks for them. */
export interface RepositoryAccess {
  tokens: DomainTokens
  /** Endpoint URLs by `endpointKey`. */
  endpoints: Map<string, string>
}

/**
 * The credentials phase: runs `request` (the token and endpoint requests) in the `Authorization
 * token` log group and logs when each token expires. After provisioning changed the caller's own
 * rights, an AccessDenied is retried until IAM shows the change (`propagation`). An AccessDenied
 * that remains is explained: which action, which policy type, what to change.
 *
 * @param verdict the permission check's verdict for the caller, when it ran
 * @throws the request's error, explained when AWS answered AccessDenied
 */
export async function useAccess(
  request: () => Promise<RepositoryAccess>,
  context: { verdict?: PermissionVerdict; propagation?: PropagationWait }
): Promise<RepositoryAccess> {
  try {
    return await runner.group('Authorization token', async () => {
      const found = await (context.propagation
        ? context.propagation.retry('the token request', request, (error) =>
            isAccessDenied(awsCause(error))
          )
        : request())
      for (const [key, { expiration }] of found.tokens) {
        runner.info(`Token for ${key} expires at ${expiration.toISOString()}`)
      }
      return found
    })
  } catch (error) {
    throw explainAccessDenied(error, context.verdict)
  }
}
