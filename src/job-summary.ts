import * as runner from './runner/index.js'
import { endpointKey } from './aws/endpoint-key.js'
import type { Caller, Principal } from './aws/identity.js'
import { tokenForms } from './token-masking.js'
import { TOOL_FORMATS, type ToolName } from './tools/catalog.js'

/**
 * The job summary: one page on the run that answers "who am I, may I, and
 * what did it set up". Written on success and on failure (then it shows what
 * failed). It never holds the token: the data below has no field for it, and
 * `writeJobSummary` also blanks any secret it is given, should one slip into a
 * message. https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */

/** One repository and the clients configured for it. */
export interface SummaryRepository {
  domain: string
  domainOwner: string
  repository: string
  region: string
  /** One entry per client; `endpoint` is undefined until GetRepositoryEndpoint answered. */
  tools: { tool: string; format: string; endpoint?: string }[]
}

/** One checked permission, as the permissions check reports it. */
export interface SummaryPermissionRow {
  /** e.g. `sts:GetServiceBearerToken` */
  action: string
  /** ARN, or `*` */
  resource: string
  /** e.g. `allowed`, `implicit-deny`, `explicit-deny`, `indeterminate` */
  decision: string
  /** Why: the matched statement, the missing condition key, the fix … */
  detail?: string
}

/** The verdict on the principal's permissions. */
export interface SummaryPermissions {
  verdict: 'allowed' | 'denied' | 'unknown' | 'not-checked'
  /** One sentence, shown under the heading. */
  text: string
  rows?: SummaryPermissionRow[]
  /** Notes worth the reader's attention (e.g. a bearer grant for every service). */
  notes?: string[]
  /** Policy statements that fix a denial, each with where it goes; shown as JSON code blocks. */
  fixes?: { where: string; json: string }[]
}

/** What provisioning did (src/provisioning/summary.ts builds it). */
export interface SummaryProvisioning {
  /** One sentence, shown under the heading. */
  text: string
  /** The policy provisioned (created, updated or attached), or that a dry run would. */
  policyArn: string
  /** The role or user it is attached to. */
  principalArn: string
  /** `changed`, `unchanged`, or `dry run`. */
  outcome: 'changed' | 'unchanged' | 'dry run'
  /** The IAM calls made (in a dry run: that would be made), one line each. */
  calls: string[]
  /** The least-privilege document, as JSON; undefined for an AWS managed policy. */
  document?: string
}

/** A file the main step wrote (paths only, never content). */
export interface SummaryFile {
  path: string
  /** `created`: new file, deleted by the post step; `changed`: restored byte for byte by the post step. */
  change: 'created' | 'changed'
}

/** Everything the summary shows; main.ts fills it in as the run goes. */
export interface JobSummaryData {
  /** The caller, once sts:GetCallerIdentity answered. */
  principal?: Caller
  /** Set when provisioning ran (provision-policy is not none). */
  provisioning?: SummaryProvisioning
  /** Set by the permissions check; when absent, a verdict is inferred from the token request. */
  permissions?: SummaryPermissions
  repositories: SummaryRepository[]
  /** Set once every token was issued. */
  token?: {
    /** The earliest expiration over all domains. */
    expiration: Date
    /** The duration-seconds sent: 0 ties the token to the role session. */
    durationSeconds: number
    /** Names of the exported env vars holding the token (never their values). */
    envNames: string[]
  }
  files: SummaryFile[]
  /** What the user should act on, as the log's warnings say it (e.g. a client's configuration). */
  warnings: string[]
  /** Set when the step failed. */
  failure?: {
    /** What was being done, e.g. `get the authorization token`. */
    step: string
    message: string
    /**
     * Set when the permission check itself stopped the step: it worked and found a denial
     * (`denied`), or could not verify every permission in strict mode (`unverified`).
     */
    stoppedBy?: 'denied' | 'unverified'
  }
  /** Set in gate mode (check-only): the step checks and configures nothing. */
  checkOnly?: boolean
}

/** A new, empty record for main.ts to fill. */
export function emptySummary(): JobSummaryData {
  return { repositories: [], files: [], warnings: [] }
}

/**
 * A warning for the log (`::warning::`) that the summary shows with the same weight.
 * @returns the function the phases warn with
 */
export function warnInto(data: JobSummaryData): (text: string) => void {
  return (text) => {
    runner.warning(text)
    data.warnings.push(text)
  }
}

/**
 * The summary's repository rows: each repository with its clients and their package formats;
 * endpoints once GetRepositoryEndpoint answered.
 * @param endpoints endpoint URLs by `endpointKey`
 */
export function summaryRepositories(
  targets: { domain: string; domainOwner: string; repository: string; tools: ToolName[] }[],
  region: string,
  endpoints?: Map<string, string>
): SummaryRepository[] {
  return targets.map((target) => ({
    domain: target.domain,
    domainOwner: target.domainOwner,
    repository: target.repository,
    region,
    tools: target.tools.map((tool) => {
      const format = TOOL_FORMATS[tool]
      return { tool, format, endpoint: endpoints?.get(endpointKey({ ...target, format })) }
    })
  }))
}

/**
 * The exported variables whose value holds a token in any form (plain, URL- or base64-encoded,
 * inside a URL): the summary lists them all, by name.
 */
export function namesHoldingToken(exported: Record<string, string>, tokens: string[]): string[] {
  const forms = tokens.flatMap(tokenForms)
  return Object.entries(exported)
    .filter(([, value]) => forms.some((form) => value.includes(form)))
    .map(([name]) => name)
}

/**
 * Renders `data` as the HTML/markdown that GitHub shows on the run page.
 * Every value from outside (ARNs, names, messages, paths) is HTML-escaped.
 *
 * @param now the current time, for "expires in …"
 */
export function renderJobSummary(data: JobSummaryData, now: Date = new Date()): string {
  const summary = runner.summary.emptyBuffer()
  summary.addHeading(headingOf(data), 2)
  if (data.failure) {
    const lead =
      data.failure.stoppedBy === 'denied'
        ? 'The permission check found missing permissions:'
        : data.failure.stoppedBy === 'unverified'
          ? 'The permission check could not verify every permission (check-permissions: strict):'
          : `Failed to ${data.failure.step}:`
    summary.addRaw(`<p><strong>${escape(lead)}</strong> ${escape(data.failure.message)}</p>`, true)
  }
  if (data.warnings.length > 0) {
    summary.addHeading('Warnings', 3)
    summary.addList(data.warnings.map((warning) => `⚠️ ${escape(warning)}`))
  }

  summary.addHeading('Principal', 3)
  if (data.principal) {
    summary.addTable([
      [{ data: 'ARN', header: true }, code(data.principal.arn)],
      [{ data: 'Kind', header: true }, escape(describePrincipal(data.principal.principal))],
      [{ data: 'Account', header: true }, code(data.principal.account)]
    ])
  } else {
    summary.addRaw('<p>Not identified: the step stopped before sts:GetCallerIdentity.</p>', true)
  }

  if (data.provisioning) {
    const provisioning = data.provisioning
    summary.addHeading('Provisioning', 3)
    summary.addRaw(`<p>${escape(provisioning.text)}</p>`, true)
    summary.addTable([
      [{ data: 'Policy', header: true }, code(provisioning.policyArn)],
      [{ data: 'Attached to', header: true }, code(provisioning.principalArn)],
      [{ data: 'Outcome', header: true }, escape(provisioning.outcome)]
    ])
    // The document first: the calls below refer to it.
    if (provisioning.document !== undefined) {
      summary.addDetails(
        'Policy document',
        `<pre lang="json"><code>${escape(provisioning.document)}</code></pre>`
      )
    }
    if (provisioning.calls.length > 0) summary.addList(provisioning.calls.map(escape))
  }

  const permissions = data.permissions ?? inferPermissions(data)
  summary.addHeading('Permissions', 3)
  summary.addRaw(`<p>${VERDICT_MARK[permissions.verdict]} ${escape(permissions.text)}</p>`, true)
  if (permissions.rows && permissions.rows.length > 0) {
    summary.addTable([
      ['Action', 'Resource', 'Decision', 'Detail'].map((data) => ({ data, header: true })),
      ...permissions.rows.map((row) => [
        code(row.action),
        code(row.resource),
        escape(row.decision),
        escape(row.detail ?? '')
      ])
    ])
  }
  for (const note of permissions.notes ?? []) summary.addRaw(`<p>${escape(note)}</p>`, true)
  for (const fix of permissions.fixes ?? []) {
    summary.addRaw(`<p>${escape(fix.where)}</p>`, true).addCodeBlock(escape(fix.json), 'json')
  }

  summary.addHeading('Repositories', 3)
  if (data.repositories.length === 0) {
    summary.addRaw(
      '<p>Not resolved: the step stopped before the repositories and clients were settled.</p>',
      true
    )
  } else if (data.repositories.every((repository) => repository.tools.length === 0)) {
    const names = data.repositories.map(
      (repository) =>
        `${code(`${repository.domain}/${repository.repository}`)} (${escape(`account ${repository.domainOwner}, ${repository.region}`)})`
    )
    summary.addRaw(`<p>${names.join(', ')}: no client configured.</p>`, true)
  } else {
    summary.addTable([
      ['Repository', 'Tool', 'Format', 'Repository endpoint'].map((data) => ({
        data,
        header: true
      })),
      ...data.repositories.flatMap((repository) =>
        repository.tools.map((tool) => [
          `${code(`${repository.domain}/${repository.repository}`)}<br>${escape(
            `account ${repository.domainOwner}, ${repository.region}`
          )}`,
          escape(tool.tool),
          code(tool.format),
          tool.endpoint === undefined ? '—' : code(tool.endpoint)
        ])
      )
    ])
  }

  summary.addHeading('Token', 3)
  if (data.token) {
    summary.addTable([
      [
        { data: 'Expires', header: true },
        `${code(data.token.expiration.toISOString())} (${escape(timeUntil(data.token.expiration, now))})`
      ],
      [{ data: 'Lifetime', header: true }, escape(describeDuration(data.token.durationSeconds))],
      [
        { data: 'Environment', header: true },
        data.token.envNames.length > 0
          ? `${data.token.envNames.map(code).join(', ')} (values masked; never shown here)`
          : 'None exported.'
      ]
    ])
  } else {
    summary.addRaw(`<p>${data.failure ? 'Not issued.' : 'Not requested.'}</p>`, true)
  }

  summary.addHeading('Files written', 3)
  if (data.files.length === 0) {
    summary.addRaw('<p>None.</p>', true)
  } else {
    summary.addList(
      data.files.map(
        (file) =>
          `${code(file.path)} — ${file.change === 'created' ? 'created; the post step deletes it' : 'changed; the post step restores it'}`
      )
    )
  }
  return summary.stringify()
}

/**
 * Renders `data` and appends it to the file named by GITHUB_STEP_SUMMARY.
 * Does nothing outside the runner (no GITHUB_STEP_SUMMARY). Never throws: a
 * summary that cannot be written becomes a warning.
 *
 * @param secrets values to blank out should one appear in a message (the tokens)
 */
export async function writeJobSummary(
  data: JobSummaryData,
  secrets: readonly string[] = []
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    let text = renderJobSummary(data)
    for (const secret of secrets) {
      if (secret !== '') text = text.split(secret).join('***')
    }
    await runner.summary.emptyBuffer().addRaw(text).write()
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  } finally {
    runner.summary.emptyBuffer()
  }
}

const VERDICT_MARK: Record<SummaryPermissions['verdict'], string> = {
  allowed: '✅',
  denied: '❌',
  unknown: '⚠️',
  'not-checked': '➖'
}

/**
 * The verdict when no permissions check ran (and no AccessDenied was reported): an issued token
 * proves the two permissions GetAuthorizationToken needs.
 */
function inferPermissions(data: JobSummaryData): SummaryPermissions {
  if (data.token) {
    return {
      verdict: 'allowed',
      text: 'Not checked (check-permissions: off). GetAuthorizationToken succeeded, so the principal holds codeartifact:GetAuthorizationToken on the domain and sts:GetServiceBearerToken. CodeArtifact checks read and publish rights when a client uses the token.'
    }
  }
  return {
    verdict: 'not-checked',
    text: data.failure
      ? 'Not known: the step stopped before the token request.'
      : data.provisioning?.outcome === 'dry run'
        ? 'Not checked: a dry run changes nothing and asks for no token.'
        : 'Not checked.'
  }
}

/** The page's heading: how the run ended, with the weight the log gave it. */
function headingOf(data: JobSummaryData): string {
  if (data.failure) return '❌ CodeArtifact setup failed'
  const warned = data.warnings.length > 0
  if (data.token) {
    return warned ? '⚠️ CodeArtifact is set up, with warnings' : '✅ CodeArtifact is set up'
  }
  if (data.provisioning?.outcome === 'dry run') {
    return '➖ Provisioning dry run: nothing changed, no token requested'
  }
  if (data.checkOnly) {
    const verdict = data.permissions?.verdict
    const mark = verdict === 'allowed' && !warned ? '✅' : '⚠️'
    return `${mark} CodeArtifact permissions checked (check-only): no token handed out, nothing configured`
  }
  if (data.provisioning) {
    return `${warned ? '⚠️' : '✅'} Provisioned: no token requested, nothing configured`
  }
  return `${warned ? '⚠️' : '✅'} CodeArtifact checked: no token requested, nothing configured`
}

function describePrincipal(principal: Principal): string {
  switch (principal.kind) {
    case 'assumed-role':
      return `IAM role ${principal.roleName}, session ${principal.sessionName}`
    case 'user':
      return `IAM user ${principal.path === '/' ? '' : principal.path}${principal.userName}`
    case 'federated-user':
      return `federated user ${principal.name}`
    case 'root':
      return 'account root user'
    default:
      return 'unknown principal type'
  }
}

function describeDuration(seconds: number): string {
  return seconds === 0
    ? 'as long as the role session (duration-seconds: 0)'
    : `${seconds} seconds (duration-seconds: ${seconds})`
}

/** "in 59 min", "in 11 h 5 min", or "expired". */
function timeUntil(expiration: Date, now: Date): string {
  const minutes = Math.floor((expiration.getTime() - now.getTime()) / 60000)
  if (minutes < 0) return 'expired'
  const hours = Math.floor(minutes / 60)
  return hours > 0 ? `in ${hours} h ${minutes % 60} min` : `in ${minutes} min`
}

function code(text: string): string {
  return `<code>${escape(text)}</code>`
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
