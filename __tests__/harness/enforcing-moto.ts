/**
 * moto_server with IAM enforcement on, and an admin user to build IAM state
 * with: the first four calls are unauthenticated (moto's
 * INITIAL_NO_AUTH_ACTION_COUNT), exactly the bootstrap below; every later call
 * is signed and checked, as in AWS.
 */
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import { startMoto, type Moto } from './moto.mjs'

/** Long-term keys of the bootstrapped `admin` user (`*` on `*`). */
export interface AdminCredentials {
  accessKeyId: string
  secretAccessKey: string
}

/**
 * Starts moto with enforcement and creates the admin user.
 * @param options.loadManagedPolicies load AWS managed policies (adds a few seconds)
 */
export async function startEnforcingMoto(
  region: string,
  options: { loadManagedPolicies?: boolean } = {}
): Promise<{ moto: Moto; adminCredentials: AdminCredentials; adminPolicyArn: string }> {
  if (options.loadManagedPolicies) process.env.MOTO_IAM_LOAD_MANAGED_POLICIES = 'true'
  let moto: Moto
  try {
    moto = await startMoto({ noAuthActionCount: 4 })
  } finally {
    delete process.env.MOTO_IAM_LOAD_MANAGED_POLICIES
  }
  const bootstrap = new IAMClient({
    region,
    endpoint: moto.url,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bootstrap' }
  })
  const { Policy: adminPolicy } = await bootstrap.send(
    new CreatePolicyCommand({
      PolicyName: 'admin',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
      })
    })
  )
  await bootstrap.send(new CreateUserCommand({ UserName: 'admin' }))
  await bootstrap.send(
    new AttachUserPolicyCommand({ UserName: 'admin', PolicyArn: adminPolicy?.Arn })
  )
  const { AccessKey } = await bootstrap.send(new CreateAccessKeyCommand({ UserName: 'admin' }))
  return {
    moto,
    adminPolicyArn: adminPolicy?.Arn as string,
    adminCredentials: {
      accessKeyId: AccessKey?.AccessKeyId as string,
      secretAccessKey: AccessKey?.SecretAccessKey as string
    }
  }
}
