// A stand-in for IAM's policy simulator, in front of moto_server (which answers
// SimulatePrincipalPolicy with HTTP 500 NotImplemented). Every IAM/STS request is forwarded to
// moto unchanged (headers included, so SigV4 still verifies there) except
// `Action=SimulatePrincipalPolicy`, which is answered here in IAM's XML shape, decided by
// @cloud-copilot/iam-simulate over the principal's policies as moto stores them (inline,
// attached, group, permissions boundary). Test tree only: iam-simulate is AGPL.
//
// The proxy learns who holds which access key by reading the AssumeRole and CreateAccessKey
// answers that pass through it (and the session policy an AssumeRole asked for), so it can
// (a) refuse SimulatePrincipalPolicy to callers whose policies do not allow
// iam:SimulatePrincipalPolicy, as IAM does, and (b) decide CodeArtifact requests for the
// emulator's `authorize` hook with the same oracle: identity policies, permissions boundary,
// session policy, the organization's SCPs and the domain/repository policy, answering a denial
// with the AccessDeniedException text AWS gives for the policy type that denied.
//
// It also answers sts:AssumeRoleWithWebIdentity (unsigned, as the SDK's web identity provider
// sends it), which moto_server fails with HTTP 500 once it enforces signatures: see
// answerWebIdentity below.
//
// Every denied call is counted (`denied`): moto's AccessDenied answers passing through, the
// simulator refusals and the CodeArtifact denials, so a test can assert how many a run made
// (each is an AccessDenied event in CloudTrail, which CIS-benchmark alarms count).
import crypto from 'node:crypto'
import http from 'node:http'
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand
} from '@aws-sdk/client-iam'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { runSimulation } from '@cloud-copilot/iam-simulate'

const LOOPBACK = '127.0.0.1'
const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/'
const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/'

const escapeXml = (text) =>
  String(text).replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]
  )

const tag = (name, inner) => `<${name}>${inner}</${name}>`
const list = (name, items, render) =>
  items.length === 0
    ? `<${name}/>`
    : tag(name, items.map((item) => tag('member', render(item))).join(''))

function decodeDocument(document) {
  if (typeof document !== 'string') return JSON.stringify(document)
  return document.trimStart().startsWith('%') ? decodeURIComponent(document) : document
}

/**
 * 1-based line/column where each element of the document's top-level `Statement` starts (an
 * object `Statement` counts as one element), found with a small JSON scanner.
 */
export function statementPositions(text) {
  const positions = []
  const at = (offset) => {
    const before = text.slice(0, offset).split('\n')
    return { line: before.length, column: before[before.length - 1].length + 1 }
  }
  const keyMatch = /"Statement"\s*:\s*/.exec(text)
  if (!keyMatch) return positions
  let i = keyMatch.index + keyMatch[0].length
  if (text[i] === '{') return [{ start: at(i), end: at(i) }]
  if (text[i] !== '[') return positions
  i += 1
  let depth = 0
  let inString = false
  let start = -1
  for (; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i += 1
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth += 1
    } else if (c === '}' || c === ']') {
      if (depth === 0) break
      depth -= 1
      if (depth === 0) positions.push({ start: at(start), end: at(i + 1) })
    }
  }
  return positions
}

/** Reads a form-encoded IAM query body into a flat map. */
function parseForm(body) {
  return Object.fromEntries(new URLSearchParams(body))
}

function memberList(form, prefix) {
  const values = []
  for (let n = 1; form[`${prefix}.member.${n}`] !== undefined; n++)
    values.push(form[`${prefix}.member.${n}`])
  return values
}

function contextFromForm(form) {
  const context = {}
  for (let n = 1; form[`ContextEntries.member.${n}.ContextKeyName`] !== undefined; n++) {
    const key = form[`ContextEntries.member.${n}.ContextKeyName`]
    const type = form[`ContextEntries.member.${n}.ContextKeyType`] ?? 'string'
    const values = memberList(form, `ContextEntries.member.${n}.ContextKeyValues`)
    context[key] = type.endsWith('List') ? values : values[0]
  }
  return context
}

/** The SigV4 credential scope of a request: access key, region and service. */
function credentialScope(headers) {
  const m = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\//.exec(headers.authorization ?? '')
  return m ? { accessKeyId: m[1], region: m[2], service: m[3] } : {}
}

const unescapeXml = (text) =>
  text.replace(
    /&(lt|gt|amp|apos|quot);/g,
    (_, name) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[name]
  )

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** The account in an ARN (`arn:aws:codeartifact:REGION:ACCOUNT:…`), or undefined for `*`. */
function resourceAccount(resource) {
  return /^arn:[^:]+:[^:]+:[^:]*:([0-9]{12}):/.exec(resource)?.[1]
}

/**
 * Which policy type AWS names in the AccessDenied message, from iam-simulate's analysis. AWS
 * names one type even when several deny; explicit denies first, in the order it evaluates them
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html,
 * reference_policies_evaluation-logic.html).
 * @returns 'service control policy' | 'identity-based policy' | 'resource-based policy' |
 *   'permissions boundary' | 'session policy' | undefined (allowed)
 */
export function denyingPolicyType(overall, analysis) {
  if (overall === 'Allowed') return undefined
  const denies = (part) => (part?.denyStatements?.length ?? 0) > 0
  const scpDenies = analysis?.scpAnalysis?.ouAnalysis?.some((ou) => denies(ou)) ?? false
  if (overall === 'ExplicitlyDenied') {
    if (scpDenies) return 'service control policy'
    if (denies(analysis?.identityAnalysis)) return 'identity-based policy'
    if (denies(analysis?.resourceAnalysis)) return 'resource-based policy'
    if (denies(analysis?.permissionBoundaryAnalysis)) return 'permissions boundary'
    if (denies(analysis?.sessionAnalysis)) return 'session policy'
    return 'identity-based policy'
  }
  if (analysis?.scpAnalysis && analysis.scpAnalysis.result !== 'Allowed') {
    return 'service control policy'
  }
  const identity = analysis?.identityAnalysis?.result
  const resource = analysis?.resourceAnalysis?.result
  const resourceAllows = resource === 'Allowed' || resource === 'AllowedForAccount'
  if (analysis?.sameAccount === false) {
    if (identity !== 'Allowed') return 'identity-based policy'
    if (!resourceAllows) return 'resource-based policy'
  } else if (identity !== 'Allowed' && !resourceAllows) {
    return 'identity-based policy'
  }
  const boundary = analysis?.permissionBoundaryAnalysis?.result
  if (boundary !== undefined && boundary !== 'Allowed') return 'permissions boundary'
  const session = analysis?.sessionAnalysis?.result
  if (session !== undefined && session !== 'Allowed') return 'session policy'
  return 'identity-based policy'
}

/**
 * AWS's AccessDenied text: `User: <principal> is not authorized to perform: <action> on resource:
 * <resource> because no <type> allows the <action> action` (implicit) or `… with an explicit deny
 * in a|an <type>` (explicit), with `<type>` as {@link denyingPolicyType} names it.
 */
export function awsDenialMessage(principalArn, action, resource, decision, policyType) {
  const article = /^[aeiou]/i.test(policyType) ? 'an' : 'a'
  const reason =
    decision === 'ExplicitlyDenied'
      ? `with an explicit deny in ${article} ${policyType}`
      : `because no ${policyType} allows the ${action} action`
  return `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${reason}`
}

const ARN_TEMPLATES = [
  [
    /^arn:[^:]+:codeartifact:[^:]*:[^:]*:domain\//,
    'arn:${Partition}:codeartifact:${Region}:${Account}:domain/${DomainName}'
  ],
  [
    /^arn:[^:]+:codeartifact:[^:]*:[^:]*:repository\//,
    'arn:${Partition}:codeartifact:${Region}:${Account}:repository/${DomainName}/${RepositoryName}'
  ],
  [
    /^arn:[^:]+:codeartifact:[^:]*:[^:]*:package\//,
    'arn:${Partition}:codeartifact:${Region}:${Account}:package/${DomainName}/${RepositoryName}/${PackageFormat}/${PackageNamespace}/${PackageName}'
  ],
  [/^arn:[^:]+:iam::[^:]*:role\//, 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
  [/^arn:[^:]+:iam::[^:]*:user\//, 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}']
]
const templateFor = (resource) =>
  ARN_TEMPLATES.find(([pattern]) => pattern.test(resource))?.[1] ?? '*'

const DECISIONS = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicitDeny',
  ImplicitlyDenied: 'implicitDeny'
}
const RESTRICTIVENESS = ['explicitDeny', 'implicitDeny', 'allowed']

/**
 * Starts the proxy on 127.0.0.1.
 * @param {import('./simulator-proxy.d.mts').SimulatorProxyOptions} options
 * @returns {Promise<import('./simulator-proxy.d.mts').SimulatorProxy>}
 */
export async function startSimulatorProxy(options) {
  const motoUrl = new URL(options.motoUrl)
  const state = {
    enforceCallerPermission: options.enforceCallerPermission ?? true,
    shape: options.shape ?? 'new',
    /**
     * accessKeyId → { kind: 'role', name, arn (the session ARN), account, sessionPolicy?,
     * sessionPolicyArns? } | { kind: 'user', name, arn?, account? }
     */
    keys: new Map(),
    simulations: [],
    /** Every call answered with AccessDenied, in order. */
    denied: [],
    /** The organization's SCPs (documents); empty: FullAWSAccess only. */
    serviceControlPolicies: options.serviceControlPolicies ?? [],
    available: true
  }
  const admin = new IAMClient({
    region: 'us-east-1',
    endpoint: options.motoUrl,
    credentials: options.credentials,
    maxAttempts: 1
  })

  const adminSts = new STSClient({
    region: 'us-east-1',
    endpoint: options.motoUrl,
    credentials: options.credentials,
    maxAttempts: 1
  })

  /** The claims of a JWT (no signature check: STS checks it against the OIDC provider). */
  function jwtClaims(token) {
    try {
      return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    } catch {
      return null
    }
  }

  /**
   * sts:AssumeRoleWithWebIdentity, which the caller sends unsigned: moto_server answers it with
   * HTTP 500 once it enforces signatures (it reads the missing Authorization header). Answered
   * here in STS's shape (AssumeRoleWithWebIdentity API reference, "Response Elements") with a
   * session moto issues through AssumeRole, so moto enforces the role's policies on its keys.
   * Like moto, it does not check the role's trust policy or the token's signature; a role that
   * does not exist is refused as STS refuses it (AccessDenied, counted as a denied call).
   */
  async function answerWebIdentity(res, form) {
    for (const name of ['RoleArn', 'RoleSessionName', 'WebIdentityToken']) {
      if (!form[name])
        return sendError(res, 400, 'ValidationError', `${name} is required`, STS_XMLNS)
    }
    const claims = jwtClaims(form.WebIdentityToken)
    if (!claims)
      return sendError(
        res,
        400,
        'InvalidIdentityToken',
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
        STS_XMLNS
      )
    let answer
    try {
      // moto's AssumeRole issues keys for any role ARN; STS refuses a role that does not exist.
      await admin.send(new GetRoleCommand({ RoleName: form.RoleArn.split('/').pop() }))
      answer = await adminSts.send(
        new AssumeRoleCommand({
          RoleArn: form.RoleArn,
          RoleSessionName: form.RoleSessionName,
          ...(form.DurationSeconds ? { DurationSeconds: Number(form.DurationSeconds) } : {}),
          ...(form.Policy ? { Policy: form.Policy } : {})
        })
      )
    } catch {
      // STS's answer when the role does not exist or does not trust the provider.
      const message = 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
      recordDenial({ service: 'sts', operation: form.Action, code: 'AccessDenied', message })
      return sendError(res, 403, 'AccessDenied', message, STS_XMLNS)
    }
    const { Credentials, AssumedRoleUser, PackedPolicySize } = answer
    rememberRoleSession(Credentials.AccessKeyId, AssumedRoleUser.Arn, form)
    sendXml(
      res,
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="${STS_XMLNS}"><AssumeRoleWithWebIdentityResult>` +
        tag('SubjectFromWebIdentityToken', escapeXml(claims.sub ?? '')) +
        tag('Audience', escapeXml([claims.aud ?? ''].flat()[0])) +
        tag(
          'AssumedRoleUser',
          tag('Arn', escapeXml(AssumedRoleUser.Arn)) +
            tag('AssumedRoleId', escapeXml(AssumedRoleUser.AssumedRoleId))
        ) +
        tag(
          'Credentials',
          tag('SessionToken', escapeXml(Credentials.SessionToken)) +
            tag('SecretAccessKey', escapeXml(Credentials.SecretAccessKey)) +
            tag('Expiration', Credentials.Expiration.toISOString()) +
            tag('AccessKeyId', escapeXml(Credentials.AccessKeyId))
        ) +
        (PackedPolicySize === undefined ? '' : tag('PackedPolicySize', String(PackedPolicySize))) +
        tag('Provider', escapeXml(claims.iss ?? '')) +
        `</AssumeRoleWithWebIdentityResult>${tag('ResponseMetadata', tag('RequestId', crypto.randomUUID()))}</AssumeRoleWithWebIdentityResponse>`
    )
  }

  async function readManaged(arn, name) {
    const { Policy } = await admin.send(new GetPolicyCommand({ PolicyArn: arn }))
    const { PolicyVersion } = await admin.send(
      new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy.DefaultVersionId })
    )
    return { name, text: decodeDocument(PolicyVersion.Document) }
  }

  /** The entity's identity policies and boundary, as texts, read from moto with admin keys. */
  async function entityPolicies(kind, name) {
    const identity = []
    let boundaryArn
    if (kind === 'role') {
      const { Role } = await admin.send(new GetRoleCommand({ RoleName: name }))
      boundaryArn = Role.PermissionsBoundary?.PermissionsBoundaryArn
      for (const policyName of (await admin.send(new ListRolePoliciesCommand({ RoleName: name })))
        .PolicyNames ?? []) {
        const { PolicyDocument } = await admin.send(
          new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName })
        )
        identity.push({ name: policyName, text: decodeDocument(PolicyDocument) })
      }
      for (const p of (await admin.send(new ListAttachedRolePoliciesCommand({ RoleName: name })))
        .AttachedPolicies ?? []) {
        identity.push(await readManaged(p.PolicyArn, p.PolicyName))
      }
    } else {
      const { User } = await admin.send(new GetUserCommand({ UserName: name }))
      boundaryArn = User.PermissionsBoundary?.PermissionsBoundaryArn
      for (const policyName of (await admin.send(new ListUserPoliciesCommand({ UserName: name })))
        .PolicyNames ?? []) {
        const { PolicyDocument } = await admin.send(
          new GetUserPolicyCommand({ UserName: name, PolicyName: policyName })
        )
        identity.push({ name: policyName, text: decodeDocument(PolicyDocument) })
      }
      for (const p of (await admin.send(new ListAttachedUserPoliciesCommand({ UserName: name })))
        .AttachedPolicies ?? []) {
        identity.push(await readManaged(p.PolicyArn, p.PolicyName))
      }
      for (const group of (await admin.send(new ListGroupsForUserCommand({ UserName: name })))
        .Groups ?? []) {
        const groupName = group.GroupName
        for (const policyName of (
          await admin.send(new ListGroupPoliciesCommand({ GroupName: groupName }))
        ).PolicyNames ?? []) {
          const { PolicyDocument } = await admin.send(
            new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName })
          )
          identity.push({ name: policyName, text: decodeDocument(PolicyDocument) })
        }
        for (const p of (
          await admin.send(new ListAttachedGroupPoliciesCommand({ GroupName: groupName }))
        ).AttachedPolicies ?? []) {
          identity.push(await readManaged(p.PolicyArn, p.PolicyName))
        }
      }
    }
    const boundary = boundaryArn
      ? await readManaged(boundaryArn, boundaryArn.split('/').pop())
      : undefined
    return { identity, boundary }
  }

  /** Runs iam-simulate for one action/resource; returns the analysis pieces IAM reports. */
  async function simulate({
    principal,
    account,
    policies,
    action,
    resource,
    context,
    resourcePolicy,
    sessionPolicy
  }) {
    const result = await runSimulation(
      {
        request: {
          principal,
          action,
          resource: { resource, accountId: account },
          contextVariables: context
        },
        identityPolicies: policies.identity.map(({ name, text }) => ({
          name,
          policy: JSON.parse(text)
        })),
        serviceControlPolicies: organizationPolicies(),
        resourceControlPolicies: [],
        ...(resourcePolicy ? { resourcePolicy } : {}),
        ...(sessionPolicy ? { sessionPolicy } : {}),
        ...(policies.boundary
          ? {
              permissionBoundaryPolicies: [
                { name: policies.boundary.name, policy: JSON.parse(policies.boundary.text) }
              ]
            }
          : {})
      },
      { simulationMode: 'Strict' }
    )
    if (result.resultType === 'error')
      throw new Error(`iam-simulate: ${JSON.stringify(result.errors)}`)
    const single = result.resultType === 'single' ? result.result : result.results[0]
    return { overall: result.overallResult, analysis: single?.analysis }
  }

  /** The SCPs as iam-simulate takes them: FullAWSAccess plus the test's, at the root. */
  function organizationPolicies() {
    if (state.serviceControlPolicies.length === 0) return []
    return [
      {
        orgIdentifier: 'r-root',
        policies: [
          {
            name: 'FullAWSAccess',
            policy: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
            }
          },
          ...state.serviceControlPolicies.map((policy, index) => ({
            name: `scp-${index + 1}`,
            policy
          }))
        ]
      }
    ]
  }

  function matched(policies, statements) {
    return statements.map((s) => {
      const source = [...policies.identity, ...(policies.boundary ? [policies.boundary] : [])].find(
        (p) => p.name === s.policyId
      )
      const position = source ? statementPositions(source.text)[s.statement.index() - 1] : undefined
      return { policy: s.policyId, start: position?.start, end: position?.end }
    })
  }

  /** Context keys referenced by conditions of statements that match action and resource. */
  function missingKeys(analysis, context) {
    const supplied = new Set(Object.keys(context).map((key) => key.toLowerCase()))
    const keys = new Set()
    for (const s of [
      ...(analysis?.identityAnalysis?.allowStatements ?? []),
      ...(analysis?.identityAnalysis?.denyStatements ?? []),
      ...(analysis?.identityAnalysis?.unmatchedStatements ?? [])
    ]) {
      if (!s.actionMatch || !s.resourceMatch) continue
      for (const condition of s.statement.conditions?.() ?? []) {
        const key = condition.conditionKey()
        if (!supplied.has(key.toLowerCase())) keys.add(key)
      }
    }
    return [...keys]
  }

  async function decideSimulation(form) {
    const source = form.PolicySourceArn
    const entity = /^arn:([^:]+):iam::([0-9]{12}):(role|user)\/(?:.*\/)?([^/]+)$/.exec(source ?? '')
    if (!entity)
      return {
        error: [
          400,
          'InvalidInput',
          `Invalid Entity Arn: ${source} does not clearly define entity type and name.`
        ]
      }
    const [, , account, kind, name] = entity
    let policies
    try {
      policies = await entityPolicies(kind, name)
    } catch (e) {
      if (e.name === 'NoSuchEntityException' || e.name === 'NoSuchEntity') {
        return { error: [404, 'NoSuchEntity', `The ${kind} with name ${name} cannot be found.`] }
      }
      throw e
    }
    const actions = memberList(form, 'ActionNames')
    const resources = memberList(form, 'ResourceArns')
    if (resources.length === 0) resources.push('*')
    const context = contextFromForm(form)
    const results = []
    for (const action of actions) {
      const perResource = []
      for (const resource of resources) {
        const { overall, analysis } = await simulate({
          principal: source,
          account,
          policies,
          action,
          resource,
          context
        })
        const decision = DECISIONS[overall]
        const statements =
          decision === 'allowed'
            ? analysis.identityAnalysis.allowStatements
            : decision === 'explicitDeny'
              ? [
                  ...(analysis.identityAnalysis?.denyStatements ?? []),
                  ...(analysis.permissionBoundaryAnalysis?.denyStatements ?? [])
                ]
              : []
        perResource.push({
          resource,
          decision,
          matched: matched(policies, statements),
          missing: missingKeys(analysis, context),
          boundary: policies.boundary
            ? analysis.permissionBoundaryAnalysis?.result === 'Allowed'
            : undefined
        })
      }
      results.push({ action, perResource })
    }
    state.simulations.push({ source, actions, resources, context, results })
    return { results }
  }

  const statementXml = (m) =>
    tag('SourcePolicyId', escapeXml(m.policy)) +
    tag('SourcePolicyType', 'IAM Policy') +
    (m.start
      ? tag('StartPosition', tag('Line', m.start.line) + tag('Column', m.start.column))
      : '') +
    (m.end ? tag('EndPosition', tag('Line', m.end.line) + tag('Column', m.end.column)) : '')

  const boundaryXml = (allowed) =>
    allowed === undefined
      ? ''
      : tag(
          'PermissionsBoundaryDecisionDetail',
          tag('AllowedByPermissionsBoundary', String(allowed))
        )

  function evaluationResultsXml(results) {
    const members = []
    for (const { action, perResource } of results) {
      const specific = (r) =>
        tag('EvalResourceName', escapeXml(r.resource)) +
        tag('EvalResourceDecision', r.decision) +
        list('MatchedStatements', r.matched, statementXml) +
        list('MissingContextValues', r.missing, escapeXml) +
        boundaryXml(r.boundary)
      if (state.shape === 'old') {
        // Before 2026-07-30: one result per action and resource, the resource's ARN at top level.
        for (const r of perResource) {
          members.push(
            tag('EvalActionName', escapeXml(action)) +
              tag('EvalResourceName', escapeXml(r.resource)) +
              tag('EvalDecision', r.decision) +
              list('MatchedStatements', r.matched, statementXml) +
              list('MissingContextValues', r.resource === '*' ? r.missing : [], escapeXml) +
              '<EvalDecisionDetails/>' +
              boundaryXml(r.boundary) +
              (r.resource === '*' ? '' : list('ResourceSpecificResults', [r], specific))
          )
        }
      } else {
        // Since 2026-07-30: one result per action; the top level holds an ARN template and the
        // most restrictive decision; per-resource verdicts are in ResourceSpecificResults.
        const top = RESTRICTIVENESS.find((d) => perResource.some((r) => r.decision === d))
        const star =
          perResource.length === 1 && perResource[0].resource === '*' ? perResource[0] : undefined
        members.push(
          tag('EvalActionName', escapeXml(action)) +
            tag('EvalResourceName', escapeXml(templateFor(perResource[0].resource))) +
            tag('EvalDecision', top) +
            list('MatchedStatements', star ? star.matched : [], statementXml) +
            list('MissingContextValues', star ? star.missing : [], escapeXml) +
            '<EvalDecisionDetails/>' +
            list('ResourceSpecificResults', perResource, specific)
        )
      }
    }
    return members
  }

  function sendXml(res, status, body) {
    res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': crypto.randomUUID() })
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)
  }

  function sendError(res, status, code, message, xmlns = XMLNS) {
    sendXml(
      res,
      status,
      `<ErrorResponse xmlns="${xmlns}">${tag('Error', tag('Type', 'Sender') + tag('Code', code) + tag('Message', escapeXml(message)))}${tag('RequestId', crypto.randomUUID())}</ErrorResponse>`
    )
  }

  /** The session policy of a role session: the inline one and the managed ones, as one document. */
  async function sessionPolicyOf(holder) {
    const statements = []
    if (holder.sessionPolicy) statements.push(...asList(holder.sessionPolicy.Statement))
    for (const arn of holder.sessionPolicyArns ?? []) {
      statements.push(...asList(JSON.parse((await readManaged(arn, arn)).text).Statement))
    }
    if (holder.sessionPolicy === undefined && (holder.sessionPolicyArns ?? []).length === 0) {
      return undefined
    }
    return { Version: '2012-10-17', Statement: statements }
  }

  /**
   * Would the key's holder be allowed `action` on `resource`, by every policy that applies
   * (identity, boundary, session, SCPs, and `resourcePolicy`)? Returns undefined for an unknown key.
   */
  async function callerDecision(accessKeyId, action, resource, context = {}, resourcePolicy) {
    const holder = state.keys.get(accessKeyId)
    if (!holder) return undefined
    if (holder.arn === undefined) {
      const { User } = await admin.send(new GetUserCommand({ UserName: holder.name }))
      holder.arn = User.Arn
      holder.account = User.Arn.split(':')[4]
    }
    const policies = await entityPolicies(holder.kind, holder.name)
    const { overall, analysis } = await simulate({
      principal: holder.arn,
      account: resourceAccount(resource) ?? holder.account,
      policies,
      action,
      resource,
      context,
      resourcePolicy,
      sessionPolicy: holder.kind === 'role' ? await sessionPolicyOf(holder) : undefined
    })
    return { holder, decision: overall, policyType: denyingPolicyType(overall, analysis) }
  }

  function denialMessage(holder, action, resource, decision, policyType) {
    return awsDenialMessage(holder.arn, action, resource, decision, policyType)
  }

  function recordDenial(entry) {
    state.denied.push({ time: Date.now(), ...entry })
  }

  /**
   * Remembers that `key` belongs to the role session `arn`, with the session policies the
   * request (`form`: AssumeRole or AssumeRoleWithWebIdentity) asked for.
   */
  function rememberRoleSession(key, arn, form) {
    const session = arn && /^arn:[^:]+:sts::([0-9]{12}):assumed-role\/([^/]+)\//.exec(arn)
    if (!key || !session) return
    const policyArns = []
    for (let n = 1; form[`PolicyArns.member.${n}.arn`] !== undefined; n++) {
      policyArns.push(form[`PolicyArns.member.${n}.arn`])
    }
    state.keys.set(key, {
      kind: 'role',
      name: session[2],
      arn,
      account: session[1],
      ...(form.Policy ? { sessionPolicy: JSON.parse(form.Policy) } : {}),
      ...(policyArns.length > 0 ? { sessionPolicyArns: policyArns } : {})
    })
  }

  function learnKeys(form, responseText) {
    if (form.Action === 'AssumeRole') {
      rememberRoleSession(
        /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(responseText)?.[1],
        /<AssumedRoleUser>[\s\S]*?<Arn>([^<]+)<\/Arn>/.exec(responseText)?.[1],
        form
      )
    }
    if (form.Action === 'CreateAccessKey') {
      const key = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(responseText)?.[1]
      const user = /<UserName>([^<]+)<\/UserName>/.exec(responseText)?.[1]
      if (key && user)
        state.keys.set(key, { kind: 'user', name: user, arn: undefined, account: undefined })
    }
  }

  async function forward(req, res, body, form) {
    const upstream = http.request(
      {
        host: motoUrl.hostname,
        port: motoUrl.port,
        method: req.method,
        path: req.url,
        headers: req.headers
      },
      (answer) => {
        const chunks = []
        answer.on('data', (chunk) => chunks.push(chunk))
        answer.on('end', () => {
          const buffer = Buffer.concat(chunks)
          if (answer.statusCode === 200 && form) learnKeys(form, buffer.toString('utf8'))
          const text = answer.statusCode >= 400 ? buffer.toString('utf8') : ''
          const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1]
          if (code !== undefined && /^AccessDenied/.test(code)) {
            recordDenial({
              service: credentialScope(req.headers).service ?? 'unknown',
              operation: form?.Action ?? 'unknown',
              accessKeyId: credentialScope(req.headers).accessKeyId,
              code,
              message: unescapeXml(/<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '')
            })
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          res.end(buffer)
        })
      }
    )
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
    upstream.end(body)
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      const isForm = (req.headers['content-type'] ?? '').includes(
        'application/x-www-form-urlencoded'
      )
      const form = req.method === 'POST' && isForm ? parseForm(body.toString('utf8')) : undefined
      try {
        if (form?.Action === 'AssumeRoleWithWebIdentity') return await answerWebIdentity(res, form)
        if (form?.Action !== 'SimulatePrincipalPolicy') return forward(req, res, body, form)
        if (!state.available)
          return sendError(res, 500, 'ServiceFailure', 'simulator switched off by the test')
        const accessKeyId = credentialScope(req.headers).accessKeyId
        if (state.enforceCallerPermission && state.keys.has(accessKeyId)) {
          const verdict = await callerDecision(
            accessKeyId,
            'iam:SimulatePrincipalPolicy',
            form.PolicySourceArn ?? '*'
          )
          if (verdict && verdict.decision !== 'Allowed') {
            const message = denialMessage(
              verdict.holder,
              'iam:SimulatePrincipalPolicy',
              form.PolicySourceArn,
              verdict.decision,
              verdict.policyType
            )
            recordDenial({
              service: 'iam',
              operation: 'SimulatePrincipalPolicy',
              accessKeyId,
              code: 'AccessDenied',
              message
            })
            return sendError(res, 403, 'AccessDenied', message)
          }
        }
        const outcome = await decideSimulation(form)
        if (outcome.error) return sendError(res, ...outcome.error)
        const maxItems = Number(form.MaxItems ?? 100)
        const offset = Number(form.Marker ?? 0)
        const members = evaluationResultsXml(outcome.results)
        const page = members.slice(offset, offset + maxItems)
        const truncated = offset + maxItems < members.length
        sendXml(
          res,
          200,
          `<SimulatePrincipalPolicyResponse xmlns="${XMLNS}"><SimulatePrincipalPolicyResult>` +
            tag('IsTruncated', String(truncated)) +
            (truncated ? tag('Marker', String(offset + maxItems)) : '') +
            tag('EvaluationResults', page.map((m) => tag('member', m)).join('')) +
            `</SimulatePrincipalPolicyResult>${tag('ResponseMetadata', tag('RequestId', crypto.randomUUID()))}</SimulatePrincipalPolicyResponse>`
        )
      } catch (error) {
        if (!res.headersSent)
          sendError(res, 500, 'ServiceFailure', `simulator proxy: ${error?.stack ?? error}`)
      }
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, resolve)
  })
  const url = `http://${LOOPBACK}:${server.address().port}`

  return {
    url,
    simulations: state.simulations,
    setSimulatorAvailable(available) {
      state.available = available
    },
    setShape(shape) {
      state.shape = shape
    },
    /** Registers an access key the proxy did not see being issued. */
    learnKey(accessKeyId, holder) {
      state.keys.set(accessKeyId, holder)
    },
    /** Every call answered with AccessDenied so far (live array). */
    denied: state.denied,
    setServiceControlPolicies(policies) {
      state.serviceControlPolicies = policies
    },
    /**
     * An `authorize` hook for the CodeArtifact emulator: decides GetAuthorizationToken
     * (sts:GetServiceBearerToken from identity policies only, then
     * codeartifact:GetAuthorizationToken with the domain policy as resource policy),
     * GetRepositoryEndpoint and Get*PermissionsPolicy with the same oracle, answering
     * AccessDeniedException with AWS's message format.
     */
    codeArtifactAuthorizer({
      region = 'us-east-1',
      domainPolicies = {},
      repositoryPolicies = {},
      rejectUnknownKeys = false
    } = {}) {
      /** The domain's and the repository's policy: either may allow (domain-policies page). */
      const resourcePolicyFor = (domain, repository) => {
        const parts = [domainPolicies[domain], repository && repositoryPolicies[repository]]
          .filter(Boolean)
          .map((policy) => (typeof policy === 'string' ? JSON.parse(policy) : policy))
        if (parts.length === 0) return undefined
        return {
          Version: '2012-10-17',
          Statement: parts.flatMap((policy) => asList(policy.Statement))
        }
      }
      return async (call) => {
        if (!state.keys.has(call.accessKeyId)) {
          if (!rejectUnknownKeys) return null
          // What AWS answers for keys it never issued.
          return {
            status: 403,
            errorType: 'UnrecognizedClientException',
            message: 'The security token included in the request is invalid.'
          }
        }
        const owner = call.domainOwner ?? state.keys.get(call.accessKeyId).account
        const domainArn = `arn:aws:codeartifact:${region}:${owner}:domain/${call.domain}`
        const repositoryArn = `arn:aws:codeartifact:${region}:${owner}:repository/${call.domain}/${call.repository}`
        const checks = []
        if (call.operation === 'GetAuthorizationToken') {
          const context = { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' }
          if (call.durationSeconds) context['sts:DurationSeconds'] = String(call.durationSeconds)
          checks.push(['sts:GetServiceBearerToken', '*', context, undefined])
          checks.push([
            'codeartifact:GetAuthorizationToken',
            domainArn,
            {},
            resourcePolicyFor(call.domain)
          ])
        } else if (call.operation === 'GetRepositoryEndpoint') {
          checks.push([
            'codeartifact:GetRepositoryEndpoint',
            repositoryArn,
            {},
            resourcePolicyFor(call.domain, call.repository)
          ])
        } else if (call.operation === 'GetDomainPermissionsPolicy') {
          checks.push([
            'codeartifact:GetDomainPermissionsPolicy',
            domainArn,
            {},
            resourcePolicyFor(call.domain)
          ])
        } else if (call.operation === 'GetRepositoryPermissionsPolicy') {
          checks.push([
            'codeartifact:GetRepositoryPermissionsPolicy',
            repositoryArn,
            {},
            resourcePolicyFor(call.domain, call.repository)
          ])
        }
        for (const [action, resource, context, resourcePolicy] of checks) {
          const verdict = await callerDecision(
            call.accessKeyId,
            action,
            resource,
            context,
            resourcePolicy
          )
          if (verdict && verdict.decision !== 'Allowed') {
            const message = denialMessage(
              verdict.holder,
              action,
              resource,
              verdict.decision,
              verdict.policyType
            )
            recordDenial({
              service: 'codeartifact',
              operation: call.operation,
              accessKeyId: call.accessKeyId,
              code: 'AccessDeniedException',
              message
            })
            return { status: 403, errorType: 'AccessDeniedException', message }
          }
        }
        return null
      }
    },
    stop() {
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}
