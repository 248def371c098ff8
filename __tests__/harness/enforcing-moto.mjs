// moto_server with IAM enforcement on, as in AWS: the first four calls are unauthenticated
// (moto's INITIAL_NO_AUTH_ACTION_COUNT), exactly the bootstrap below, which creates an `admin`
// user (`*` on `*`) to build IAM state with; every later call is signed and checked.
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import { startMoto } from './moto.mjs'

/** How many unauthenticated calls the bootstrap below makes. */
const BOOTSTRAP_CALLS = 4

/**
 * Starts moto with enforcement and creates the admin user.
 * @param {string} region
 * @param {{ loadManagedPolicies?: boolean }} [options] load AWS managed policies (adds a few seconds)
 * @returns {Promise<import('./enforcing-moto.d.mts').EnforcingMoto>}
 */
export async function startEnforcingMoto(region, options = {}) {
  if (options.loadManagedPolicies) process.env.MOTO_IAM_LOAD_MANAGED_POLICIES = 'true'
  let moto
  try {
    moto = await startMoto({ noAuthActionCount: BOOTSTRAP_CALLS })
  } finally {
    delete process.env.MOTO_IAM_LOAD_MANAGED_POLICIES
  }
  try {
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
      new AttachUserPolicyCommand({ UserName: 'admin', PolicyArn: adminPolicy.Arn })
    )
    const { AccessKey } = await bootstrap.send(new CreateAccessKeyCommand({ UserName: 'admin' }))
    return {
      moto,
      adminPolicyArn: adminPolicy.Arn,
      adminCredentials: {
        accessKeyId: AccessKey.AccessKeyId,
        secretAccessKey: AccessKey.SecretAccessKey
      }
    }
  } catch (error) {
    await moto.stop()
    throw error
  }
}
