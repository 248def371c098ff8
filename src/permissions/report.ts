import type { DecidingStatement, PermissionReport, PermissionResult } from './check.js'
// The statement builder is shared with provisioning (src/provisioning/), in least-privilege.ts.
import { leastPrivilegeStatements } from './least-privilege.js'
import { BEARER_TOKEN_ACTION } from './requirements.js'

/** `Policy ci (managed), Sid "X"` / `Statement[2]` / `line 3, column 17`. */
export function statementText(statement: DecidingStatement): string {
  const kind = statement.kind ? ` (${statement.kind})` : ''
  const where =
    statement.sid !== undefined
      ? `Sid "${statement.sid}"`
      : statement.index !== undefined
        ? `Statement[${statement.index}]`
        : statement.line !== undefined
          ? `statement at line ${statement.line}${statement.column === undefined ? '' : `, column ${statement.column}`}`
          : undefined
  return `policy ${statement.policy}${kind}${where ? `, ${where}` : ''}`
}

/** A cell of a job-summary table, as `runner.summary.addTable` takes it. */
export type SummaryCell = string | { data: string; header?: boolean }

/** The part of `runner.summary` this module writes with. */
export interface SummaryWriter {
  addHeading(text: string, level?: number | string): SummaryWriter
  addTable(rows: SummaryCell[][]): SummaryWriter
  addCodeBlock(code: string, lang?: string): SummaryWriter
  addRaw(text: string, addEOL?: boolean): SummaryWriter
}

/** How each decision reads in the log and summary. */
export const DECISION_LABELS: Record<PermissionResult['decision'], string> = {
  allowed: 'allowed',
  'explicit-deny': 'explicit deny',
  'implicit-deny': 'implicit deny',
  unknown: 'unknown'
}

/** How each method reads in the log and summary. */
export const METHOD_LABELS: Record<PermissionResult['method'], string> = {
  simulation: 'IAM policy simulator',
  'identity-policies': 'identity policies, evaluated locally',
  'domain-policy': 'domain permissions policy',
  'repository-policy': 'repository permissions policy',
  none: 'not decided'
}

/** The actions that are denied (explicitly or implicitly), each once, in check order. */
export function missingActions(report: PermissionReport): string[] {
  return [
    ...new Set(
      report.results
        .filter(
          (result) => result.decision === 'explicit-deny' || result.decision === 'implicit-deny'
        )
        .map((result) => result.permission.action)
    )
  ]
}

function resourceText(result: PermissionResult): string {
  return result.permission.resource
}

/** One line per permission: `✓ allowed  sts:GetServiceBearerToken on * — IAM policy simulator (policy ci, …)`. */
function resultLine(result: PermissionResult): string {
  const mark = result.decision === 'allowed' ? '✓' : result.decision === 'unknown' ? '?' : '✗'
  const statement = result.statement ? `; ${statementText(result.statement)}` : ''
  const detail = result.detail ? ` — ${result.detail}` : ''
  return `${mark} ${DECISION_LABELS[result.decision]}: ${result.permission.action} on ${resourceText(result)} (${METHOD_LABELS[result.method]}${statement})${detail}`
}

interface FixStatements {
  /** Statements for the principal's identity policy (and, where named, its permissions boundary). */
  identity: Record<string, unknown>[]
  /** Statements the domain owner must add to the domain permissions policy. */
  domainPolicy: Record<string, unknown>[]
  /** The permissions boundary must allow these too. */
  boundary: boolean
}

/**
 * The least-privilege statements that grant every implicitly denied permission, scoped to this
 * job's domains and repositories (template: the CodeArtifact user guide's identity-based policy
 * examples and https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html).
 */
export function fixStatements(report: PermissionReport): FixStatements {
  const missing = report.results.filter((result) => result.decision === 'implicit-deny')
  const identity: Record<string, unknown>[] = []
  const domainPolicy: Record<string, unknown>[] = []
  const needs = (result: PermissionResult, where: 'identity' | 'domain'): boolean => {
    const places = result.missingIn ?? ['identity-policy']
    return where === 'domain'
      ? places.includes('domain-policy')
      : places.includes('identity-policy') || places.includes('permissions-boundary')
  }
  const forIdentity = missing.filter((result) => needs(result, 'identity'))
  identity.push(...leastPrivilegeStatements(forIdentity.map((result) => result.permission)))
  const forDomain = missing.filter((result) => needs(result, 'domain'))
  if (forDomain.length > 0) {
    const actions = [...new Set(forDomain.map((result) => result.permission.action))]
    domainPolicy.push({
      Sid: 'AllowCodeArtifactSetup',
      Effect: 'Allow',
      Principal: { AWS: report.entityArn ?? report.callerArn },
      Action: actions.length === 1 ? actions[0] : actions,
      Resource: '*'
    })
  }
  const boundary = forIdentity.some((result) => result.missingIn?.includes('permissions-boundary'))
  return { identity, domainPolicy, boundary }
}

function policyJson(statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
}

function holder(report: PermissionReport): string {
  return report.entityArn
    ? `${report.entityKind ?? 'principal'} ${report.entityArn}`
    : `the principal ${report.callerArn}`
}

/**
 * The log lines: one per permission, then what to change, with the exact policy JSON.
 *
 * @returns lines for `runner.info`; warnings are in `report.warnings`
 */
export function reportLines(report: PermissionReport): string[] {
  const lines = [
    `Permission check for ${report.callerArn}${report.entityArn && report.entityArn !== report.callerArn ? ` (${report.entityArn})` : ''}: ${report.verdict}`,
    ...report.results.map(resultLine)
  ]
  lines.push(...fixLines(report))
  return lines
}

/** What to change, with the policy JSON; empty when nothing is missing. */
export function fixLines(report: PermissionReport): string[] {
  const lines: string[] = []
  const explicit = report.results.filter((result) => result.decision === 'explicit-deny')
  for (const result of explicit) {
    lines.push(
      `${result.permission.action} is explicitly denied by ${result.statement ? statementText(result.statement) : 'a Deny statement'}: an Allow cannot override it; narrow or remove that Deny.`
    )
  }
  const fix = fixStatements(report)
  if (fix.identity.length > 0) {
    const target = fix.boundary
      ? `the identity policy of ${holder(report)} and to its permissions boundary`
      : `the identity policy of ${holder(report)}`
    lines.push(`Add these statements to ${target}:`, policyJson(fix.identity))
  }
  if (fix.domainPolicy.length > 0) {
    lines.push(
      "The domain owner must add this statement to the domain's permissions policy (aws codeartifact put-domain-permissions-policy):",
      policyJson(fix.domainPolicy)
    )
  }
  return lines
}

/**
 * The error message for a failing check: the verdict, each missing permission, and the fix.
 */
export function failureMessage(report: PermissionReport, mode: 'auto' | 'strict'): string {
  const failing = report.results.filter((result) =>
    report.verdict === 'denied'
      ? result.decision === 'explicit-deny' || result.decision === 'implicit-deny'
      : result.decision === 'unknown'
  )
  const perAction = onePerAction(failing)
  const head =
    report.verdict === 'denied'
      ? `${holder(report)} is missing CodeArtifact permissions: ${perAction.map((result) => `${result.permission.action} (${DECISION_LABELS[result.decision]})`).join(', ')}.`
      : `check-permissions is ${mode}, and whether ${holder(report)} may use CodeArtifact could not be verified: ${actionsWithDetail(perAction)}.`
  return [head, ...durationHint(failing), ...fixLines(report)].join('\n')
}

/** `action (why); action (why)`: each result's action with its detail, for one sentence. */
export function actionsWithDetail(results: PermissionResult[]): string {
  return results
    .map(
      (result) =>
        `${result.permission.action}${result.detail ? ` (${withoutFullStop(result.detail)})` : ''}`
    )
    .join('; ')
}

/** `text` without the full stop (and spaces) it ends with, to go inside a longer sentence. */
export function withoutFullStop(text: string): string {
  return text.replace(/[.\s]+$/, '')
}

/**
 * The first result per action: a permission needed for several package
 * formats or repositories is named once.
 */
export function onePerAction(results: PermissionResult[]): PermissionResult[] {
  return results.filter(
    (result, index) =>
      results.findIndex((other) => other.permission.action === result.permission.action) === index
  )
}

/**
 * When the bearer-token permission was checked for a given token lifetime and
 * denied, a `sts:DurationSeconds` cap in the policy is a likely cause, and the
 * fix is a shorter `duration-seconds`, not a statement without the cap.
 */
function durationHint(failing: PermissionResult[]): string[] {
  const bearer = failing.find((result) => result.permission.action === BEARER_TOKEN_ACTION)
  if (bearer === undefined) return []
  const seconds = bearer.permission.context['sts:DurationSeconds']
  if (seconds !== undefined) {
    return [
      `The token was checked for a lifetime of ${String(seconds)} seconds (sts:DurationSeconds). If a policy caps sts:DurationSeconds, set the duration-seconds input to a value it allows instead of removing the cap.`
    ]
  }
  if (bearer.detail?.includes('sts:DurationSeconds')) {
    return [
      'The token was checked for the role session (duration-seconds 0), which sends no sts:DurationSeconds; a policy that caps sts:DurationSeconds (such as one provisioned with max-token-duration) does not allow that. Set duration-seconds to a value the cap allows.'
    ]
  }
  return []
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The job-summary section: a heading, a table row per permission, and the fix. */
export interface PermissionSummarySection {
  heading: string
  rows: SummaryCell[][]
  /** Policy JSON to show as a code block, with a sentence saying where it goes. */
  fixes: { where: string; json: string }[]
  warnings: string[]
}

/**
 * Builds the job-summary section for the report, for the overall summary to compose.
 * Cell text is HTML-escaped (runner.summary inserts cells as HTML).
 */
export function permissionSummary(report: PermissionReport): PermissionSummarySection {
  const header: SummaryCell[] = [
    'Permission',
    'Resource',
    'Decision',
    'Decided by',
    'Statement',
    'Notes'
  ].map((data) => ({ data, header: true }))
  const rows: SummaryCell[][] = [
    header,
    ...report.results.map((result) => [
      escapeHtml(result.permission.action),
      escapeHtml(resourceText(result)),
      DECISION_LABELS[result.decision],
      METHOD_LABELS[result.method],
      escapeHtml(result.statement ? statementText(result.statement) : ''),
      escapeHtml(result.detail ?? '')
    ])
  ]
  const fix = fixStatements(report)
  const fixes: PermissionSummarySection['fixes'] = []
  if (fix.identity.length > 0) {
    fixes.push({
      where: `Add to the identity policy of ${holder(report)}${fix.boundary ? ' and to its permissions boundary' : ''}:`,
      json: policyJson(fix.identity)
    })
  }
  if (fix.domainPolicy.length > 0) {
    fixes.push({
      where: "Add to the domain's permissions policy (domain owner):",
      json: policyJson(fix.domainPolicy)
    })
  }
  return {
    heading: `CodeArtifact permissions: ${report.verdict}`,
    rows,
    fixes,
    warnings: report.warnings
  }
}

/** Appends the section to a job summary (`runner.summary`); the caller writes it. */
export function addPermissionSummary(summary: SummaryWriter, report: PermissionReport): void {
  const section = permissionSummary(report)
  summary.addHeading(section.heading, 3).addTable(section.rows)
  for (const warning of section.warnings) summary.addRaw(`<p>⚠️ ${escapeHtml(warning)}</p>`, true)
  for (const fix of section.fixes) {
    summary
      .addRaw(`<p>${escapeHtml(fix.where)}</p>`, true)
      .addCodeBlock(escapeHtml(fix.json), 'json')
  }
}
