/*
 * AWS AccessDenied messages, read back into their parts. Shape, per
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html:
 *   User: <principal> is not authorized to perform: <action> [on resource: <arn>]
 *     [because no <type> policy allows the <action> action | with an explicit deny in a <type> policy[: <policy ARN>]]
 * Real examples:
 *   … User: arn:aws:sts::***:assumed-role/***\/OCI_GH_Actions is not authorized to perform:
 *     sts:GetServiceBearerToken on resource: * because no identity-based policy allows the
 *     sts:GetServiceBearerToken action   (fluxcd/pkg#938)
 *   … User: arn:aws:sts::<acct>:assumed-role/<role>/AWSCodeBuild-… is not authorized to perform:
 *     codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:<region>:<acct>:domain/<d>
 *     because no identity-based policy allows the codeartifact:GetAuthorizationToken action
 *     (tmokmss/deploy-time-build#8)
 *   … User: arn:aws:iam::…:user/test-user is not authorized to perform: codeartifact:GetAuthorizationToken
 *     on resource: arn:aws:codeartifact::***:domain/test-repo   (cross-account, no reason given)
 *   … is not authorized to perform: waf-regional:GetWebACLForResource on resource: … with an explicit
 *     deny in a service control policy   (kubernetes-sigs/aws-load-balancer-controller#2322)
 *   … is not authorized to perform: lambda:GetFunction on resource: … with an explicit deny  (older form)
 */

/** The policy types AWS names in denial messages. */
export type DenyingPolicyType =
  | 'identity-based'
  | 'resource-based'
  | 'permissions boundary'
  | 'session'
  | 'service control'
  | 'resource control'
  | 'VPC endpoint'
  | 'role trust'
  | 'unknown'

/** An AccessDenied message, read back into its parts. */
export interface AccessDeniedClassification {
  /** The principal AWS named, e.g. `arn:aws:sts::111122223333:assumed-role/ci/gha`. */
  principal?: string
  /** e.g. `sts:GetServiceBearerToken`. */
  action: string
  /** The resource AWS named (`*` for the STS action), when it named one. */
  resource?: string
  /** `explicit`: a Deny statement; `implicit`: no Allow; `unspecified`: the message does not say. */
  denial: 'explicit' | 'implicit' | 'unspecified'
  /** Which kind of policy denied, when the message names it. */
  policyType?: DenyingPolicyType
  /** The denying policy's ARN, when the message gives it (newer messages do for some types). */
  policyArn?: string
}

const DENIAL =
  /(?:User: (\S+) )?is not authorized to perform: ([\w-]+:[\w*?-]+)(?: on resource: "?([^"\s]+?)"?(?=\s|$))?(?: (?:(because no ([A-Za-z -]+?) (?:polic(?:y|ies) )?allows? the \S+ action)|((?:with|due to) an explicit deny)(?: in (?:an? |the )?([A-Za-z -]+))?(?::\s*(arn:\S+))?))?/

function policyTypeOf(text: string | undefined): DenyingPolicyType | undefined {
  if (text === undefined) return undefined
  const lower = text.toLowerCase()
  if (lower.startsWith('identity')) return 'identity-based'
  if (lower.startsWith('resource-based')) return 'resource-based'
  if (lower.startsWith('permissions boundary')) return 'permissions boundary'
  if (lower.startsWith('session')) return 'session'
  if (lower.startsWith('service control')) return 'service control'
  if (lower.startsWith('resource control')) return 'resource control'
  if (lower.startsWith('vpc endpoint')) return 'VPC endpoint'
  if (lower.startsWith('role trust')) return 'role trust'
  return 'unknown'
}

/**
 * Reads an AccessDenied message: which action, on which resource, explicit or implicit, and which
 * policy type. Tolerates the `An error occurred (AccessDeniedException) when calling …:` prefix,
 * a quoted resource, and a policy ARN after the type.
 *
 * @returns the classification, or undefined when the text is not an IAM authorization failure
 */
export function classifyAccessDenied(message: string): AccessDeniedClassification | undefined {
  const match = DENIAL.exec(message)
  if (!match) return undefined
  const [
    ,
    principal,
    action,
    resource,
    implicit,
    missingAllowType,
    explicit,
    explicitType,
    policyArn
  ] = match
  const denial =
    implicit !== undefined ? 'implicit' : explicit !== undefined ? 'explicit' : 'unspecified'
  const policyType = policyTypeOf(
    missingAllowType ?? explicitType?.trim().replace(/ polic(?:y|ies)$/i, '')
  )
  return {
    ...(principal === undefined ? {} : { principal }),
    action,
    // AWS ends the sentence after a bare resource: `… on resource: arn:…:domain/shared.`
    ...(resource === undefined ? {} : { resource: resource.replace(/\.$/, '') }),
    denial,
    ...(policyType === undefined ? {} : { policyType }),
    ...(policyArn === undefined ? {} : { policyArn })
  }
}

/** What to change, by denied action and policy type. */
function remedy(c: AccessDeniedClassification): string {
  const sts = c.action.toLowerCase() === 'sts:getservicebearertoken'
  if (c.denial === 'explicit') {
    const where =
      c.policyType && c.policyType !== 'unknown' ? `a ${c.policyType} policy` : 'a policy'
    const organization = c.policyType === 'service control' || c.policyType === 'resource control'
    return `A Deny statement in ${where}${c.policyArn ? ` (${c.policyArn})` : ''} blocks it; an added Allow cannot override it — ${organization ? "ask the organization's administrators to narrow or remove that Deny" : 'narrow or remove that Deny'}.`
  }
  switch (c.policyType) {
    case 'identity-based':
      return sts
        ? 'Add sts:GetServiceBearerToken on Resource "*" with the condition StringEquals sts:AWSServiceName = codeartifact.amazonaws.com to the principal\'s identity policy; a grant in a domain or repository policy has no effect.'
        : `Add ${c.action}${c.resource ? ` on ${c.resource}` : ''} to the principal's identity policy (or, in the domain owner's account, grant it in the domain or repository permissions policy).`
    case 'permissions boundary':
      return `The permissions boundary does not allow ${c.action}: add it to the boundary policy as well as to the identity policy.`
    case 'session':
      return `The session policy passed when the role was assumed (for example configure-aws-credentials' inline-session-policy or managed-session-policies) does not allow ${c.action}: add it there.`
    case 'service control':
      return `An AWS Organizations service control policy does not allow ${c.action}: ask the organization's administrators.`
    case 'resource control':
      return `An AWS Organizations resource control policy does not allow ${c.action}: ask the organization's administrators.`
    case 'VPC endpoint':
      return `The VPC endpoint policy does not allow ${c.action}: the CodeArtifact and STS endpoint policies must list it.`
    case 'resource-based':
      return `The resource policy does not allow ${c.action}: for a domain in another account, its domain permissions policy must grant this principal or account.`
    default:
      return sts
        ? 'The principal needs sts:GetServiceBearerToken (Resource "*", StringEquals sts:AWSServiceName = codeartifact.amazonaws.com) in its identity policy.'
        : `The principal needs ${c.action}${c.resource ? ` on ${c.resource}` : ''}; for a domain in another account, the domain owner's domain permissions policy must allow it too.`
  }
}

/**
 * One sentence naming the denied action, the policy type and whether the denial was explicit or
 * implicit, then — for policy types beyond the identity policy, which the generic AWS failure
 * hint does not cover — what to change.
 */
export function describeAccessDenied(c: AccessDeniedClassification): string {
  const kind =
    c.denial === 'explicit'
      ? `explicitly denied${c.policyType && c.policyType !== 'unknown' ? ` by a ${c.policyType} policy` : ''}`
      : c.denial === 'implicit'
        ? `implicitly denied (no ${c.policyType && c.policyType !== 'unknown' ? `${c.policyType} ` : ''}policy allows it)`
        : 'denied (AWS did not say by which policy)'
  const identityOnly =
    c.policyType === undefined || c.policyType === 'identity-based' || c.policyType === 'unknown'
  // Identity-policy denials get their advice from aws/failure.ts; the rest get it here.
  const advice = identityOnly ? '' : ` ${remedy(c)}`
  return `AWS refused ${c.action}${c.resource && c.resource !== '*' ? ` on ${c.resource}` : ''}: ${kind}.${advice}`
}
