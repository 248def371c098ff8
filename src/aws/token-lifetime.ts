import * as runner from '../runner/index.js'
import type { STSClient } from '@aws-sdk/client-sts'
import { credentialKind } from './identity.js'

/** The inputs that decide the token lifetime. */
export interface LifetimeInputs {
  /** `duration-seconds`: 0 or 900–43200; undefined: choose by credential kind. */
  durationSeconds?: number
  /** `max-token-duration` of a provisioning step: the cap it writes into the policy. */
  provisioning: { maxTokenDurationSeconds?: number }
}

/**
 * The token lifetime to ask for (and to check the permissions with), in seconds; 0 is the role
 * session. `duration-seconds` when given; else the provisioned cap; else 0 for temporary
 * credentials and 43200 for long-term IAM user keys, which have no session
 * (https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html).
 * Logs the choice; warns when 0 is asked for with long-term keys. No AWS call: the credentials
 * come from the SDK's provider chain.
 *
 * @param forTokenRequest false when no token follows (check-only, or a check after provisioning
 *   another principal): the log then says it is the lifetime the check assumes
 * @param warn logs a warning (and, in the action, adds it to the job summary)
 */
export async function chooseTokenLifetime(
  sts: STSClient,
  inputs: LifetimeInputs,
  forTokenRequest: boolean,
  warn: (text: string) => void = runner.warning
): Promise<number> {
  const subject = forTokenRequest ? 'Token lifetime' : 'Token lifetime the check assumes'
  const cap = inputs.provisioning.maxTokenDurationSeconds
  if (inputs.durationSeconds === undefined && cap !== undefined) {
    runner.info(
      `${subject}: ${cap} seconds (max-token-duration, which the provisioned policy allows).`
    )
    return cap
  }
  const kind = await credentialKind(sts)
  if (inputs.durationSeconds !== undefined) {
    if (inputs.durationSeconds === 0 && kind === 'long-term') {
      warn(
        'duration-seconds is 0 but the credentials are long-term IAM user keys, which have no session; AWS decides the lifetime.'
      )
    }
    return inputs.durationSeconds
  }
  const seconds = kind === 'temporary' ? 0 : 43200
  runner.info(
    kind === 'temporary'
      ? `${subject}: the role session (duration-seconds 0, chosen for temporary credentials).`
      : `${subject}: 43200 seconds (chosen for long-term IAM user keys).`
  )
  return seconds
}
