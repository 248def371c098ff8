import {
  BEARER_TOKEN_ACTION,
  CODEARTIFACT_SERVICE_NAME,
  domainArn,
  packageArn,
  repositoryArn,
  type RequiredPermission
} from './requirements.js'

/**
 * The one builder of least-privilege identity-policy statements for CodeArtifact. The permission
 * report uses it for the statements that fix a denial (report.ts `fixStatements`), provisioning
 * for the document it creates (src/provisioning/), so both always agree.
 */

/** One IAM policy statement, as JSON. */
export type PolicyStatement = Record<string, unknown>

/** An IAM policy document, as JSON. */
export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: PolicyStatement[]
}

/** Options of {@link leastPrivilegeStatements}. */
export interface LeastPrivilegeOptions {
  /**
   * When set, the bearer-token statement also carries
   * `NumericLessThanEquals: {'sts:DurationSeconds': <seconds>}`, so no token may be asked for
   * longer than this (https://docs.aws.amazon.com/codeartifact/latest/ug/tokens-authentication.html,
   * "limit authorization token duration"). Seconds, 900–43200.
   */
  maxTokenDurationSeconds?: number
}

/** The statement groups, in the order they appear in the document. */
const GROUPS: {
  sid: string
  actions: string[]
  resourceOf: (permission: RequiredPermission) => string
}[] = [
  {
    sid: 'CodeArtifactToken',
    actions: ['codeartifact:GetAuthorizationToken'],
    resourceOf: (permission) => {
      const { domain, domainOwner } = permission.target
      return domainArn(partitionOf(permission), regionOf(permission), domainOwner, domain)
    }
  },
  {
    sid: 'CodeArtifactRead',
    actions: ['codeartifact:GetRepositoryEndpoint', 'codeartifact:ReadFromRepository'],
    resourceOf: (permission) => {
      const { domain, domainOwner, repository } = permission.target
      return repositoryArn(
        partitionOf(permission),
        regionOf(permission),
        domainOwner,
        domain,
        repository ?? '*'
      )
    }
  },
  {
    sid: 'CodeArtifactPublish',
    actions: ['codeartifact:PublishPackageVersion', 'codeartifact:PutPackageMetadata'],
    resourceOf: (permission) => {
      const { domain, domainOwner, repository } = permission.target
      return packageArn(
        partitionOf(permission),
        regionOf(permission),
        domainOwner,
        domain,
        repository ?? '*'
      )
    }
  }
]

function partitionOf(permission: RequiredPermission): string {
  return permission.resource.split(':')[1] || 'aws'
}

function regionOf(permission: RequiredPermission): string {
  return permission.resource.split(':')[3] ?? ''
}

/**
 * The least-privilege statements that grant `permissions`, scoped to their domains and
 * repositories (template: the CodeArtifact user guide's identity-based policy examples and
 * https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html):
 * `CodeArtifactBearerToken` (sts:GetServiceBearerToken on `*` with the `sts:AWSServiceName`
 * condition), `CodeArtifactToken` (the domain ARNs), `CodeArtifactRead` (the repository ARNs),
 * `CodeArtifactPublish` (every package of each repository). Partition and region come from the
 * permissions' resource ARNs. Statements with nothing to grant are left out.
 *
 * @param permissions the permissions to grant, e.g. from `requiredPermissions` or a report's denials
 * @returns the statements, in a fixed order (the same input always gives the same JSON)
 */
export function leastPrivilegeStatements(
  permissions: RequiredPermission[],
  options: LeastPrivilegeOptions = {}
): PolicyStatement[] {
  const statements: PolicyStatement[] = []
  if (permissions.some((permission) => permission.action === BEARER_TOKEN_ACTION)) {
    const condition: Record<string, Record<string, string>> = {
      StringEquals: { 'sts:AWSServiceName': CODEARTIFACT_SERVICE_NAME }
    }
    if (options.maxTokenDurationSeconds !== undefined) {
      // A string, as the IAM policy grammar writes condition values (a JSON number is refused
      // by some validators, moto's among them).
      condition.NumericLessThanEquals = {
        'sts:DurationSeconds': String(options.maxTokenDurationSeconds)
      }
    }
    statements.push({
      Sid: 'CodeArtifactBearerToken',
      Effect: 'Allow',
      Action: BEARER_TOKEN_ACTION,
      Resource: '*',
      Condition: condition
    })
  }
  for (const group of GROUPS) {
    const chosen = permissions.filter((permission) => group.actions.includes(permission.action))
    const actions = [...new Set(chosen.map((permission) => permission.action))]
    if (actions.length === 0) continue
    const resources = [...new Set(chosen.map(group.resourceOf))]
    statements.push({
      Sid: group.sid,
      Effect: 'Allow',
      Action: actions.length === 1 ? actions[0] : actions,
      Resource: resources.length === 1 ? resources[0] : resources
    })
  }
  return statements
}

/** Wraps statements in an IAM policy document (`Version` 2012-10-17). */
export function policyDocument(statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}
