import { createHash } from 'node:crypto'
import {
  leastPrivilegeStatements,
  policyDocument,
  type PolicyDocument
} from '../permissions/least-privilege.js'
import {
  requiredPermissions,
  type AccessLevel,
  type PermissionTarget
} from '../permissions/requirements.js'
import type { ProvisionPolicy } from './inputs.js'
import { ProvisioningError } from './error.js'

/**
 * What provisioning should leave in IAM: the action's own customer managed policy (with its
 * document, description and tags), or an AWS managed policy; attached to the principal.
 */
export type DesiredPolicy =
  | {
      kind: 'customer-managed'
      name: string
      /** `/` or `/a/b/`. */
      path: string
      /** `arn:PART:iam::ACCOUNT:policy/PATH/NAME`. */
      arn: string
      document: PolicyDocument
      /** The document as sent to IAM (2-space JSON; whitespace does not count toward the size quota). */
      documentText: string
      /** Characters IAM counts toward the managed-policy size quota (whitespace excluded). */
      size: number
      description: string
      tags: { Key: string; Value: string }[]
    }
  | {
      kind: 'aws-managed'
      name: string
      /** `arn:PART:iam::aws:policy/NAME`. */
      arn: string
    }

/**
 * IAM's managed-policy size quota: 6,144 characters, whitespace not counted (not adjustable).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MANAGED_POLICY_SIZE_LIMIT = 6144

/** Every description this action writes starts so; it marks the policies the action manages. */
export const DESCRIPTION_MARKER = 'Managed by codeartifact-setup'

/** Tag keys on the policies the action creates (an auditor can trace each grant to its workflow). */
export const TAG_KEYS = {
  managedBy: 'codeartifact-setup:managed-by',
  repository: 'codeartifact-setup:repository',
  workflow: 'codeartifact-setup:workflow',
  run: 'codeartifact-setup:run'
} as const

/** The AWS managed policies, `provision-policy` → name (codeartifact user guide, "AWS managed policies"). */
export const AWS_MANAGED_POLICIES = {
  'admin-managed': 'AWSCodeArtifactAdminAccess',
  'read-only-managed': 'AWSCodeArtifactReadOnlyAccess'
} as const

/** The workflow that provisions, from the GitHub context (`@actions/github`). */
export interface WorkflowOrigin {
  /** `owner/repo`. */
  repository?: string
  /** The workflow's name. */
  workflow?: string
  /** `https://github.com/owner/repo/actions/runs/123`. */
  runUrl?: string
}

/** What {@link desiredPolicy} needs. */
export interface DesiredPolicyParameters {
  policy: Exclude<ProvisionPolicy, 'none'>
  targets: PermissionTarget[]
  access: AccessLevel
  /** `aws`, `aws-cn`, …, from the caller's ARN. */
  partition: string
  /** The account the policy is created in (the caller's). */
  account: string
  region: string
  policyName?: string
  policyPath: string
  /** Seconds; the cap on `sts:DurationSeconds`. */
  maxTokenDurationSeconds?: number
  origin: WorkflowOrigin
}

/**
 * IAM tag values allow letters, digits, spaces and `_.:/=+-@`, up to 256 characters
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html); anything else becomes `_`.
 */
export function tagValue(text: string): string {
  return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256)
}

/** A description IAM accepts: printable Latin-1, at most 1000 characters (CreatePolicy `Description`). */
function descriptionText(text: string): string {
  return text.replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '_').slice(0, 1000)
}

/**
 * The default policy name: `codeartifact-<domain>-<repository>-<access>`, repositories joined
 * with `+` when there are several; shortened with a hash of the full list when over 128
 * characters. Domain and repository names only hold characters IAM allows in policy names.
 */
export function defaultPolicyName(targets: PermissionTarget[], access: AccessLevel): string {
  const list = [...new Set(targets.map((target) => `${target.domain}-${target.repository}`))]
  const full = `codeartifact-${list.join('+')}-${access}`
  if (full.length <= 128) return full
  const hash = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 10)
  const room = 128 - `codeartifact--${hash}-${access}`.length
  return `codeartifact-${list.join('+').slice(0, room)}-${hash}-${access}`
}

/** Non-whitespace characters of a document, as IAM counts them for the size quota. */
export function policySize(document: PolicyDocument): number {
  return JSON.stringify(document).replace(/\s/g, '').length
}

/**
 * Builds the desired policy. For `least-privilege`, the document comes from the shared
 * least-privilege builder (src/permissions/least-privilege.ts) over `requiredPermissions`:
 * the bearer-token statement with `sts:AWSServiceName` (and the `sts:DurationSeconds` cap),
 * GetAuthorizationToken on each domain, GetRepositoryEndpoint and ReadFromRepository on each
 * repository, and with `access: publish` the publish actions on each repository's packages.
 *
 * @throws ProvisioningError when the document is over IAM's 6,144-character managed-policy quota
 */
export function desiredPolicy(parameters: DesiredPolicyParameters): DesiredPolicy {
  const { partition, account, access, origin } = parameters
  if (parameters.policy !== 'least-privilege') {
    const name = AWS_MANAGED_POLICIES[parameters.policy]
    return { kind: 'aws-managed', name, arn: `arn:${partition}:iam::aws:policy/${name}` }
  }
  const permissions = requiredPermissions({
    targets: parameters.targets,
    access,
    partition,
    region: parameters.region
  })
  const document = policyDocument(
    leastPrivilegeStatements(permissions, {
      ...(parameters.maxTokenDurationSeconds === undefined
        ? {}
        : { maxTokenDurationSeconds: parameters.maxTokenDurationSeconds })
    })
  )
  const size = policySize(document)
  if (size > MANAGED_POLICY_SIZE_LIMIT) {
    throw new ProvisioningError(
      `The least-privilege policy for ${parameters.targets.length} repositories would be ${size} characters, over IAM's managed-policy quota of ${MANAGED_POLICY_SIZE_LIMIT} (whitespace not counted): provision fewer repositories per step (each step makes its own policy with policy-name), or use admin-managed.`
    )
  }
  const name = parameters.policyName ?? defaultPolicyName(parameters.targets, access)
  const repositories = [
    ...new Set(parameters.targets.map((target) => `${target.domain}/${target.repository}`))
  ].join(', ')
  const tags = [
    { Key: TAG_KEYS.managedBy, Value: 'codeartifact-setup' },
    ...(origin.repository
      ? [{ Key: TAG_KEYS.repository, Value: tagValue(origin.repository) }]
      : []),
    ...(origin.workflow ? [{ Key: TAG_KEYS.workflow, Value: tagValue(origin.workflow) }] : []),
    ...(origin.runUrl ? [{ Key: TAG_KEYS.run, Value: tagValue(origin.runUrl) }] : [])
  ]
  const madeBy = origin.repository
    ? ` Created by ${origin.repository}${origin.workflow ? `, workflow ${origin.workflow}` : ''}.`
    : ''
  return {
    kind: 'customer-managed',
    name,
    path: parameters.policyPath,
    arn: `arn:${partition}:iam::${account}:policy${parameters.policyPath}${name}`,
    document,
    documentText: JSON.stringify(document, null, 2),
    size,
    description: descriptionText(
      `${DESCRIPTION_MARKER}: least-privilege CodeArtifact ${access} access to ${repositories}.${madeBy}`
    ),
    tags
  }
}
