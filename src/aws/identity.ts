import * as runner from '../runner/index.js'
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts'
import { Output } from '../action-contract.js'
import { describeAwsFailure } from './failure.js'

/** The kind of IAM principal behind the workflow's credentials, read from its ARN. */
export type Principal =
  | { kind: 'assumed-role'; roleName: string; sessionName: string }
  | { kind: 'user'; userName: string; path: string }
  | { kind: 'root' }
  | { kind: 'federated-user'; name: string }
  | { kind: 'unknown' }

/** Who is calling, from sts:GetCallerIdentity. */
export interface Caller {
  /** e.g. `arn:aws:sts::111122223333:assumed-role/ci-role/gha` */
  arn: string
  /** 12-digit account ID. */
  account: string
  /** e.g. `AROA…:gha` for a role session, `AIDA…` for a user. */
  userId: string
  /** `aws`, `aws-cn`, `aws-us-gov`, …, taken from the ARN. */
  partition: string
  principal: Principal
}

/**
 * Parses a GetCallerIdentity ARN. Assumed-role ARNs carry no role path
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns).
 *
 * @throws Error when `arn` is not an STS or IAM principal ARN
 */
export function parseCallerArn(arn: string): {
  partition: string
  account: string
  principal: Principal
} {
  const match = /^arn:([a-z-]+):(sts|iam)::([0-9]{12}):(.+)$/.exec(arn)
  if (!match) throw new Error(`Unexpected caller ARN from sts:GetCallerIdentity: ${arn}`)
  const [, partition, service, account, resource] = match
  return { partition, account, principal: principalFromResource(service, resource) }
}

function principalFromResource(service: string, resource: string): Principal {
  if (resource === 'root') return { kind: 'root' }
  if (service === 'sts') {
    const role = /^assumed-role\/([^/]+)\/(.+)$/.exec(resource)
    if (role) return { kind: 'assumed-role', roleName: role[1], sessionName: role[2] }
    const federated = /^federated-user\/(.+)$/.exec(resource)
    if (federated) return { kind: 'federated-user', name: federated[1] }
    return { kind: 'unknown' }
  }
  const user = /^user\/(.*\/)?([^/]+)$/.exec(resource)
  if (user) return { kind: 'user', userName: user[2], path: `/${user[1] ?? ''}` }
  return { kind: 'unknown' }
}

/**
 * Calls sts:GetCallerIdentity, which needs no permission
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).
 *
 * @throws the SDK's error when the credentials are missing, expired or invalid
 */
export async function getCaller(sts: STSClient): Promise<Caller> {
  const identity = await sts.send(new GetCallerIdentityCommand({}))
  if (!identity.Arn || !identity.Account || !identity.UserId) {
    throw new Error('sts:GetCallerIdentity returned no ARN, account or user ID.')
  }
  const { partition, principal } = parseCallerArn(identity.Arn)
  return {
    arn: identity.Arn,
    account: identity.Account,
    userId: identity.UserId,
    partition,
    principal
  }
}

/**
 * Whether the client's credentials are temporary (they carry a session token,
 * as assumed-role and OIDC credentials do) or long-term IAM user keys.
 * Resolves the credentials through the SDK's own provider chain; no AWS call.
 */
export async function credentialKind(client: STSClient): Promise<'temporary' | 'long-term'> {
  const credentials = await client.config.credentials()
  return credentials.sessionToken ? 'temporary' : 'long-term'
}

/**
 * Asks who the job runs as, says it in the log and in the `account-id` and `principal-arn`
 * outputs (set at once, so that a later failure still tells who it was). The root user is then
 * refused: it cannot get a CodeArtifact authorization token
 * (https://docs.aws.amazon.com/codeartifact/latest/ug/tokens-authentication.html).
 *
 * @param onCaller receives the caller before a root caller is refused (for the job summary)
 * @throws Error saying what failed and what to do (missing, expired or invalid credentials …),
 *   with the SDK's error as its cause; Error for the root user
 */
export async function identify(
  sts: STSClient,
  region: string,
  onCaller: (caller: Caller) => void
): Promise<Caller> {
  let caller: Caller
  try {
    caller = await getCaller(sts)
  } catch (error) {
    throw new Error(describeAwsFailure(error, { step: 'identify the AWS principal', region }), {
      cause: error
    })
  }
  runner.info(`Principal: ${caller.arn} (account ${caller.account})`)
  runner.setOutput(Output.accountId, caller.account)
  runner.setOutput(Output.principalArn, caller.arn)
  onCaller(caller)
  if (caller.principal.kind === 'root') {
    throw new Error(
      'The job runs as the AWS account root user, and root cannot get a CodeArtifact authorization token. Use an IAM role (GitHub OIDC) or an IAM user.'
    )
  }
  return caller
}
