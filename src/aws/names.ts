/**
 * CodeArtifact's own naming rules, from the API reference shapes
 * (https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html,
 * API_GetRepositoryEndpoint.html).
 */

/** Domain names: 2–50 characters, lowercase letters, digits and hyphens, starting with a letter. */
export const DOMAIN_NAME = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/

/** Repository names: 2–100 characters, letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/

/** An AWS account ID: exactly 12 digits. */
export const ACCOUNT_ID = /^[0-9]{12}$/

/** A commercial, China, GovCloud or ISO region name such as `us-east-1` or `us-gov-west-1`. */
export const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-[0-9]+$/

/** Valid `durationSeconds` of GetAuthorizationToken: 0, or 900–43200 seconds. */
export function isValidTokenDuration(seconds: number): boolean {
  return Number.isInteger(seconds) && (seconds === 0 || (seconds >= 900 && seconds <= 43200))
}

/** The package formats GetRepositoryEndpoint accepts. */
export type PackageFormat =
  'npm' | 'pypi' | 'maven' | 'nuget' | 'generic' | 'ruby' | 'swift' | 'cargo'
