// A local stand-in for the AWS side of a GitHub job, for scripts/demo.mjs and
// scripts/render-summary.mjs: moto_server (IAM, STS) and the CodeArtifact emulator on 127.0.0.1,
// an IAM role whose identity policy grants CodeArtifact read access, and a role session taken
// with AssumeRoleWithWebIdentity, as aws-actions/configure-aws-credentials does with GitHub OIDC.
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { startEmulator } from '../__tests__/emulator/server.mjs'
import { startMoto } from '../__tests__/harness/moto.mjs'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

/** moto's account: the role, the caller and the domain owner. */
export const ACCOUNT = '123456789012'
export const REGION = 'us-east-1'
export const DOMAIN = 'my-domain'
export const REPOSITORY = 'my-repo'
export const ROLE_NAME = 'ci-consumer'
/** The session name configure-aws-credentials uses by default. */
export const SESSION_NAME = 'GitHubActions'

/** The consumer policy the README's Permissions section gives. */
function consumerPolicy() {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'CodeArtifactBearerToken',
        Effect: 'Allow',
        Action: 'sts:GetServiceBearerToken',
        Resource: '*',
        Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
      },
      {
        Sid: 'CodeArtifactToken',
        Effect: 'Allow',
        Action: 'codeartifact:GetAuthorizationToken',
        Resource: `arn:aws:codeartifact:${REGION}:${ACCOUNT}:domain/${DOMAIN}`
      },
      {
        Sid: 'CodeArtifactRead',
        Effect: 'Allow',
        Action: ['codeartifact:GetRepositoryEndpoint', 'codeartifact:ReadFromRepository'],
        Resource: `arn:aws:codeartifact:${REGION}:${ACCOUNT}:repository/${DOMAIN}/${REPOSITORY}`
      }
    ]
  }
}

/**
 * Starts moto and the emulator, creates the role and takes a role session.
 * @returns {Promise<{moto, emulator, roleArn: string, env: Record<string, string>, stop: () => Promise<void>}>}
 *   `env`: what a job's steps see after configure-aws-credentials (temporary credentials, region,
 *   and the AWS_ENDPOINT_URL_* that send the SDK to the local servers)
 */
export async function startLocalAws() {
  const [moto, emulator] = await Promise.all([
    startMoto(),
    startEmulator({ domains: { [DOMAIN]: { owner: ACCOUNT, repositories: [REPOSITORY] } } })
  ])
  try {
    const admin = {
      region: REGION,
      endpoint: moto.url,
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'local-admin' }
    }
    const iam = new IAMClient(admin)
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
          },
          Action: 'sts:AssumeRoleWithWebIdentity'
        }
      ]
    }
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: ROLE_NAME,
        AssumeRolePolicyDocument: JSON.stringify(trust)
      })
    )
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: ROLE_NAME,
        PolicyName: 'codeartifact-read',
        PolicyDocument: JSON.stringify(consumerPolicy())
      })
    )
    const sts = new STSClient({ region: REGION, endpoint: moto.url })
    const session = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: role.Role.Arn,
        RoleSessionName: SESSION_NAME,
        WebIdentityToken: 'local.oidc.token'
      })
    )
    const { AccessKeyId, SecretAccessKey, SessionToken } = session.Credentials
    return {
      moto,
      emulator,
      roleArn: role.Role.Arn,
      env: {
        AWS_ACCESS_KEY_ID: AccessKeyId,
        AWS_SECRET_ACCESS_KEY: SecretAccessKey,
        AWS_SESSION_TOKEN: SessionToken,
        AWS_REGION: REGION,
        AWS_DEFAULT_REGION: REGION,
        AWS_ENDPOINT_URL_STS: moto.url,
        AWS_ENDPOINT_URL_IAM: moto.url,
        AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
      },
      stop: () => Promise.all([moto.stop(), emulator.stop()]).then(() => undefined)
    }
  } catch (error) {
    await Promise.all([moto.stop(), emulator.stop()])
    throw error
  }
}
