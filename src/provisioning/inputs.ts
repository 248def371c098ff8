import { Input } from '../action-contract.js'
import { InputError } from '../input-error.js'

/** What `provision-policy` may ask for. */
export const PROVISION_POLICIES = [
  'none',
  'least-privilege',
  'admin-managed',
  'read-only-managed'
] as const

/** `none`, or how to grant the principal access to CodeArtifact. */
export type ProvisionPolicy = (typeof PROVISION_POLICIES)[number]

/** The principal named by `provision-for`, as written (resolved against IAM later). */
export type ProvisionFor =
  | {
      form: 'arn'
      arn: string
      partition: string
      account: string
      kind: 'role' | 'user'
      /** `/` or `/a/b/`. */
      path: string
      name: string
    }
  | {
      /** A bare name: looked up as a role first, then as a user. */
      form: 'name'
      name: string
    }

/** The provisioning inputs, parsed and validated. */
export interface ProvisioningInputs {
  policy: ProvisionPolicy
  /** undefined: the caller's own role or user. */
  provisionFor?: ProvisionFor
  /** The customer managed policy's name; undefined: derived from domain, repository and access. */
  policyName?: string
  /** The customer managed policy's path, `/` or `/a/b/`. */
  policyPath: string
  /** Seconds (900–43200): the `sts:DurationSeconds` cap written into the policy; undefined: none. */
  maxTokenDurationSeconds?: number
  /** Print the plan and change nothing. */
  dryRun: boolean
  /** Seconds to wait for IAM to propagate a change (0: do not wait). */
  propagationTimeoutSeconds: number
}

/** Terraform's AWS provider waits 2 minutes for IAM changes (internal/service/iam/wait.go). */
export const DEFAULT_PROPAGATION_TIMEOUT_SECONDS = 120

/** The longest `propagation-timeout` accepted, seconds. */
export const MAX_PROPAGATION_TIMEOUT_SECONDS = 3600

/** IAM policy names (CreatePolicy `PolicyName`, https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html). */
export const POLICY_NAME = /^[\w+=,.@-]{1,128}$/

/** IAM policy paths (CreatePolicy `Path`): `/`, or `/` + segments + `/`; at most 512 characters. */
const POLICY_PATH = /^(?:\/[A-Za-z0-9.,+@=_-]+)*\/$/

/** IAM role and user names (CreateRole / CreateUser): 1–64 of `[\w+=,.@-]`. */
const ENTITY_NAME = /^[\w+=,.@-]{1,64}$/

/** IAM paths of roles and users: `/` or `/…/` of printable ASCII (CreateRole `Path`). */
const ENTITY_PATH = /^(?:\/|\/[\x21-\x7E]+\/)$/

type Reader = (name: string) => string

function optional(readInput: Reader, name: string): string | undefined {
  const value = readInput(name).trim()
  return value === '' ? undefined : value
}

function seconds(
  readInput: Reader,
  name: string,
  min: number,
  max: number,
  allowed: string
): number | undefined {
  const raw = optional(readInput, name)
  if (raw === undefined) return undefined
  const value = /^[0-9]+$/.test(raw) ? Number(raw) : NaN
  if (!(value >= min && value <= max)) {
    throw new InputError(name, `'${raw}' is not allowed: ${allowed}.`)
  }
  return value
}

/**
 * Parses `provision-for`: a role or user ARN (`arn:PART:iam::ACCOUNT:role/PATH/NAME`,
 * `…:user/…`) or a bare role or user name. Whether the ARN is in the caller's partition and
 * account is checked once the caller is known.
 *
 * @throws InputError for the root user, a role-session ARN, or anything else
 */
export function parseProvisionFor(raw: string): ProvisionFor {
  if (ENTITY_NAME.test(raw)) return { form: 'name', name: raw }
  if (/^arn:[^:]*:iam::[0-9]{12}:root$/.test(raw)) {
    throw new InputError(
      Input.provisionFor,
      `'${raw}' is the account root user, which cannot be given an IAM policy (and cannot get a CodeArtifact token): name an IAM role or user.`
    )
  }
  const session = /^arn:([^:]+):sts::([0-9]{12}):assumed-role\/([^/]+)\//.exec(raw)
  if (session) {
    throw new InputError(
      Input.provisionFor,
      `'${raw}' is a role session; name the role instead: '${session[3]}' or its role ARN (arn:${session[1]}:iam::${session[2]}:role/…).`
    )
  }
  const arn = /^arn:(aws[a-z-]*):iam::([0-9]{12}):(role|user)(\/(?:.*\/)?)([^/]+)$/.exec(raw)
  if (arn && ENTITY_PATH.test(arn[4]) && ENTITY_NAME.test(arn[5])) {
    const [, partition, account, kind, path, name] = arn
    return { form: 'arn', arn: raw, partition, account, kind: kind as 'role' | 'user', path, name }
  }
  throw new InputError(
    Input.provisionFor,
    `'${raw}' is not an IAM role or user: use a role or user ARN (arn:aws:iam::111122223333:role/ci-build) or a name of 1–64 letters, digits and +=,.@_-; leave it empty for the caller's own role or user.`
  )
}

/** Inputs read elsewhere that the provisioning inputs must agree with. */
export interface ProvisioningContext {
  access: 'read' | 'publish'
  /** `duration-seconds`, when given. */
  durationSeconds?: number
}

/**
 * Reads `provision-policy`, `provision-for`, `policy-name`, `policy-path`, `max-token-duration`,
 * `dry-run` and `propagation-timeout`. Pure: no AWS call.
 *
 * @throws InputError naming the input and the allowed values; also when an input only matters
 *   for provisioning but `provision-policy` is `none`, or combinations that cannot work (a
 *   read-only managed policy with `access: publish`, a token cap on an AWS managed policy,
 *   `duration-seconds` above `max-token-duration`)
 */
export function parseProvisioningInputs(
  readInput: Reader,
  context: ProvisioningContext
): ProvisioningInputs {
  const rawPolicy = optional(readInput, Input.provisionPolicy) ?? 'none'
  const policy = PROVISION_POLICIES.find((known) => known === rawPolicy.toLowerCase())
  if (policy === undefined) {
    throw new InputError(
      Input.provisionPolicy,
      `'${rawPolicy}' is not allowed: use ${PROVISION_POLICIES.join(', ')}.`
    )
  }
  const rawDryRun = (optional(readInput, Input.dryRun) ?? 'false').toLowerCase()
  if (rawDryRun !== 'true' && rawDryRun !== 'false') {
    throw new InputError(Input.dryRun, `'${rawDryRun}' is not allowed: use true or false.`)
  }
  const dryRun = rawDryRun === 'true'
  const rawFor = optional(readInput, Input.provisionFor)
  const policyName = optional(readInput, Input.policyName)
  const policyPath = optional(readInput, Input.policyPath)
  const maxTokenDurationSeconds = seconds(
    readInput,
    Input.maxTokenDuration,
    900,
    43200,
    'use a whole number of seconds from 900 to 43200, or leave it empty for no cap'
  )
  const propagationTimeoutSeconds = seconds(
    readInput,
    Input.propagationTimeout,
    0,
    MAX_PROPAGATION_TIMEOUT_SECONDS,
    `use a whole number of seconds from 0 (do not wait) to ${MAX_PROPAGATION_TIMEOUT_SECONDS} (default ${DEFAULT_PROPAGATION_TIMEOUT_SECONDS})`
  )

  if (policy === 'none') {
    const stray = [
      [Input.provisionFor, rawFor],
      [Input.policyName, policyName],
      [Input.policyPath, policyPath],
      [Input.maxTokenDuration, maxTokenDurationSeconds],
      [Input.propagationTimeout, propagationTimeoutSeconds],
      [Input.dryRun, dryRun ? 'true' : undefined]
    ].find(([, value]) => value !== undefined)
    if (stray) {
      throw new InputError(
        stray[0] as string,
        `only applies when provision-policy is least-privilege, admin-managed or read-only-managed, but provision-policy is none (the default): set provision-policy, or remove '${stray[0]}'.`
      )
    }
    return { policy, policyPath: '/', dryRun: false, propagationTimeoutSeconds: 0 }
  }

  if (policyName !== undefined && !POLICY_NAME.test(policyName)) {
    throw new InputError(
      Input.policyName,
      `'${policyName}' is not an IAM policy name: use 1–128 letters, digits and +=,.@_- (default: derived from domain, repository and access).`
    )
  }
  if (policyPath !== undefined && (policyPath.length > 512 || !POLICY_PATH.test(policyPath))) {
    throw new InputError(
      Input.policyPath,
      `'${policyPath}' is not an IAM policy path: use '/' or segments of letters, digits and .,+@=_- between slashes, such as /codeartifact/ (at most 512 characters, no '*').`
    )
  }
  if (policy !== 'least-privilege') {
    const customOnly = [
      [Input.policyName, policyName],
      [Input.policyPath, policyPath],
      [Input.maxTokenDuration, maxTokenDurationSeconds]
    ].find(([, value]) => value !== undefined)
    if (customOnly) {
      throw new InputError(
        customOnly[0] as string,
        `only applies to provision-policy least-privilege (the action's own policy); ${policy} attaches an AWS managed policy, which cannot be renamed, moved or given conditions.`
      )
    }
  }
  if (policy === 'read-only-managed' && context.access === 'publish') {
    throw new InputError(
      Input.provisionPolicy,
      "is read-only-managed, but access is publish: AWSCodeArtifactReadOnlyAccess grants no publish actions; use least-privilege or admin-managed, or access 'read'."
    )
  }
  if (
    maxTokenDurationSeconds !== undefined &&
    context.durationSeconds !== undefined &&
    context.durationSeconds > maxTokenDurationSeconds
  ) {
    throw new InputError(
      Input.maxTokenDuration,
      `is ${maxTokenDurationSeconds} seconds, but duration-seconds asks for ${context.durationSeconds}: the token request would be denied by the policy; lower duration-seconds or raise max-token-duration.`
    )
  }
  return {
    policy,
    ...(rawFor === undefined ? {} : { provisionFor: parseProvisionFor(rawFor) }),
    ...(policyName === undefined ? {} : { policyName }),
    policyPath: policyPath ?? '/',
    ...(maxTokenDurationSeconds === undefined ? {} : { maxTokenDurationSeconds }),
    dryRun,
    propagationTimeoutSeconds: propagationTimeoutSeconds ?? DEFAULT_PROPAGATION_TIMEOUT_SECONDS
  }
}
