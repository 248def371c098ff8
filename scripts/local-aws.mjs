// A local stand-in for the AWS side of a GitHub job, for scripts/demo.mjs and
// scripts/render-summary.mjs: the enforcing world of the e2e tests
// (__tests__/harness/local-aws-env.mjs): moto_server enforcing IAM (STS, IAM) and the
// CodeArtifact emulator deciding every call from the caller's policies, on 127.0.0.1. The job
// runs as the role `ci-consumer`, which carries exactly the README's consumer policy ("What the
// job's role needs") and may not read IAM, in a role session (temporary credentials), as
// aws-actions/configure-aws-credentials gives a job with GitHub OIDC.
import {
  ACCOUNT,
  SESSION_NAME,
  startLocalAws as startEnforcingWorld
} from '../__tests__/harness/local-aws-env.mjs'

export { ACCOUNT, SESSION_NAME }
export const REGION = 'us-east-1'
export const DOMAIN = 'my-domain'
export const REPOSITORY = 'my-repo'
export const ROLE_NAME = 'ci-consumer'

/**
 * Starts moto (enforcing) and the emulator, creates the README consumer role and takes a session.
 * @returns {Promise<import('./local-aws.d.mts').LocalAws>}
 */
export async function startLocalAws() {
  const world = await startEnforcingWorld({
    region: REGION,
    domains: { [DOMAIN]: { owner: ACCOUNT, repositories: [REPOSITORY] } }
  })
  try {
    const role = await world.principal({ name: ROLE_NAME })
    return {
      moto: world.moto,
      emulator: world.emulator,
      roleArn: role.arn,
      callerArn: role.callerArn,
      env: { ...role.env, AWS_DEFAULT_REGION: REGION },
      deniedCalls: () => world.deniedCalls(role.env),
      stop: () => world.stop()
    }
  } catch (error) {
    await world.stop()
    throw error
  }
}
