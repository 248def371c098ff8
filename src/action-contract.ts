import { CLIENT_OPTION_INPUTS, CLIENT_OUTPUTS } from './tools/catalog.js'

/**
 * The action's public contract: every input, output, state key and exported
 * environment variable name. action.yml declares the same names; nothing else
 * in src/ spells them as string literals. The client options and URL outputs
 * come from the client descriptors (tools/catalog.ts).
 */

/** Input names, exactly as declared in action.yml. */
export const Input = {
  domain: 'domain',
  domainOwner: 'domain-owner',
  repository: 'repository',
  repositories: 'repositories',
  region: 'region',
  tools: 'tools',
  endpointType: 'endpoint-type',
  durationSeconds: 'duration-seconds',
  timeoutSeconds: 'timeout-seconds',
  checkPermissions: 'check-permissions',
  access: 'access',
  checkOnly: 'check-only',
  // Provisioning (src/provisioning/).
  provisionPolicy: 'provision-policy',
  provisionFor: 'provision-for',
  policyName: 'policy-name',
  policyPath: 'policy-path',
  maxTokenDuration: 'max-token-duration',
  dryRun: 'dry-run',
  propagationTimeout: 'propagation-timeout',
  ...CLIENT_OPTION_INPUTS
} as const

/** Output names, exactly as declared in action.yml. */
export const Output = {
  expiration: 'expiration',
  accountId: 'account-id',
  principalArn: 'principal-arn',
  token: 'token',
  permissions: 'permissions',
  missingPermissions: 'missing-permissions',
  // Provisioning (src/provisioning/).
  policyArn: 'policy-arn',
  policyChanged: 'policy-changed',
  ...CLIENT_OUTPUTS
} as const

// In its own module, so that the post step's bundle does not load the client catalog.
export { State } from './state-keys.js'

/** The environment variable AWS's own docs use for the token. */
export const TOKEN_ENV_NAME = 'CODEARTIFACT_AUTH_TOKEN'

/** Sent as the SDK's custom user agent so CloudTrail shows who asked. */
export const USER_AGENT = 'codeartifact-setup/1'
