/**
 * The action's public contract: every input, output, state key and exported
 * environment variable name. action.yml declares the same names; nothing else
 * in src/ spells them as string literals.
 */

/** Input names, exactly as declared in action.yml. */
export const Input = {
  domain: 'domain',
  domainOwner: 'domain-owner',
  repository: 'repository',
  repositories: 'repositories',
  region: 'region',
  tools: 'tools',
  npmScopes: 'npm-scopes',
  pipIndexMode: 'pip-index-mode',
  poetrySource: 'poetry-source',
  uvIndex: 'uv-index',
  mavenServerId: 'maven-server-id',
  mavenRepositoryMode: 'maven-repository-mode',
  gradleRepositoryName: 'gradle-repository-name',
  nugetSource: 'nuget-source',
  cargoRegistry: 'cargo-registry',
  cargoReplaceCratesIo: 'cargo-replace-crates-io',
  swiftScopes: 'swift-scopes',
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
  propagationTimeout: 'propagation-timeout'
} as const

/** Output names, exactly as declared in action.yml. */
export const Output = {
  npmRegistryUrl: 'npm-registry-url',
  pipIndexUrl: 'pip-index-url',
  pypiRepositoryUrl: 'pypi-repository-url',
  mavenRepositoryUrl: 'maven-repository-url',
  nugetSourceUrl: 'nuget-source-url',
  nugetSourceName: 'nuget-source-name',
  cargoIndexUrl: 'cargo-index-url',
  rubySourceUrl: 'ruby-source-url',
  swiftRegistryUrl: 'swift-registry-url',
  expiration: 'expiration',
  accountId: 'account-id',
  principalArn: 'principal-arn',
  token: 'token',
  permissions: 'permissions',
  missingPermissions: 'missing-permissions',
  // Provisioning (src/provisioning/).
  policyArn: 'policy-arn',
  policyChanged: 'policy-changed'
} as const

/** Keys saved with runner.saveState for the post step. Never the token. */
export const State = {
  /** Absolute path of the JSON manifest of files the main step wrote. */
  manifestPath: 'manifest-path'
} as const

/** The environment variable AWS's own docs use for the token. */
export const TOKEN_ENV_NAME = 'CODEARTIFACT_AUTH_TOKEN'

/** Sent as the SDK's custom user agent so CloudTrail shows who asked. */
export const USER_AGENT = 'codeartifact-setup/1'
